package vn.baophu.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every page and API route × every role × a unit inside and outside the user's subtree. Reading is
 * allowed to every role inside its subtree; entering figures, imports, closing months and keeping
 * denominators and targets to administrators and provincial staff; managing users to administrators
 * only; outside the subtree nothing. One administrator here has no unit, so the whole tree is
 * inside; the other is tied to the province, like its staff.
 */
@BaophuTest
class AccessMatrixTests {

	enum Access {
		READ, WRITE, ADMIN
	}

	enum Who {
		ADMINISTRATOR, PROVINCIAL_ADMINISTRATOR, PROVINCIAL_STAFF, DISTRICT_OFFICIAL, LEADER
	}

	/**
	 * {unit} is replaced by the district code, {leaf} by a commune code below it, {user} by a user of
	 * that commune, {name} by a user name not taken yet. {@code outsideStatus}: the refusal of a unit
	 * outside the subtree to a role that may otherwise do it (a field error where the unit is input).
	 */
	record Route(HttpMethod method, String path, Access access, String body, String contentType, int outsideStatus) {

		Route(HttpMethod method, String path, Access access, String body) {
			this(method, path, access, body, MediaType.APPLICATION_JSON_VALUE, 403);
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final String NEW_USER = """
			{"username": "{name}", "fullName": "Người thử", "password": "mat-khau-du-dai", "role": "LEADER", \
			"unitCode": "{leaf}"}""";

	static final List<Route> ROUTES = List.of(
			new Route(HttpMethod.GET, "/units/{unit}", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/gap?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/gap-table?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/entry?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/figures?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{leaf}/figures/2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/history?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/dashboard.pdf?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/pack.pdf?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/history?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.POST, "/units/{unit}/entry?period=2039-01", Access.WRITE, ""),
			new Route(HttpMethod.PUT, "/api/v1/units/{leaf}/figures/2039-02", Access.WRITE, "{}"),
			new Route(HttpMethod.POST, "/units/{unit}/months/2039-03/close", Access.WRITE, ""),
			new Route(HttpMethod.GET, "/units/{unit}/denominators?year=2023", Access.WRITE, ""),
			new Route(HttpMethod.GET, "/units/{unit}/targets?year=2023", Access.WRITE, ""),
			new Route(HttpMethod.GET, "/units/{unit}/manage", Access.WRITE, ""),
			new Route(HttpMethod.GET, "/units/{unit}/dashboard?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/dashboard/print?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/dashboard?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/gap.xlsx?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/gap.pdf?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/report.xlsx?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/tasks", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/tasks", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/directives", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/timeliness?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/timeliness?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/admin/users/{user}/edit", Access.ADMIN, ""),
			new Route(HttpMethod.GET, "/api/v1/admin/users/{user}", Access.ADMIN, ""),
			new Route(HttpMethod.PATCH, "/api/v1/admin/users/{user}", Access.ADMIN, "{\"fullName\": \"{name}\"}"),
			new Route(HttpMethod.POST, "/api/v1/admin/users", Access.ADMIN, NEW_USER, MediaType.APPLICATION_JSON_VALUE, 422),
			new Route(HttpMethod.POST, "/api/v1/import/users?dryRun=true", Access.ADMIN,
					"username,full_name,role,unit_code,password\n{name},Người thử,LEADER,{leaf},mat-khau-du-dai\n",
					"text/csv", 422));

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	UserService users;

	@BeforeEach
	void anotherProvince() {
		if (units.findByCode("MXP").isEmpty()) {
			units.save(List.of(new UnitDraft(2, "MXP", "Tỉnh Khác", UnitKind.TINH, null),
					new UnitDraft(3, "MXD", "Huyện Khác", UnitKind.HUYEN, "MXP"),
					new UnitDraft(4, "MXC", "Xã Khác", UnitKind.XA, "MXD")));
		}
		for (String[] user : new String[][] { { "mx-user-in", "29266" }, { "mx-user-out", "MXC" } }) {
			if (!users.exists(user[0])) {
				users.create(user[0], "mat-khau-du-dai", "Người dùng của ma trận", Role.LEADER,
						units.require(user[1]).id());
			}
		}
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Route route : ROUTES) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(route, who, true));
				cases.add(Arguments.of(route, who, false));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}, inside={2}")
	@MethodSource("matrix")
	void nothingOutsideTheSubtreeAndOnlyManagersWrite(Route route, Who who, boolean inside) throws Exception {
		String unit = inside ? "844" : "MXD";
		String leaf = inside ? "29266" : "MXC";
		String user = inside ? "mx-user-in" : "mx-user-out";
		String name = "mx-" + UUID.randomUUID().toString().substring(0, 8);
		String path = route.path().replace("{unit}", unit).replace("{leaf}", leaf).replace("{user}", user);
		MockHttpServletRequestBuilder call = request(route.method(), path).with(user(principal(who))).with(csrf());
		if (!route.body().isEmpty()) {
			call = call.contentType(route.contentType())
				.content(route.body().replace("{leaf}", leaf).replace("{name}", name))
				.header("If-None-Match", "*");
		}
		int status = mvc.perform(call).andReturn().getResponse().getStatus();

		boolean seesIt = inside || who == Who.ADMINISTRATOR;
		boolean writes = who == Who.ADMINISTRATOR || who == Who.PROVINCIAL_ADMINISTRATOR || who == Who.PROVINCIAL_STAFF;
		boolean administers = who == Who.ADMINISTRATOR || who == Who.PROVINCIAL_ADMINISTRATOR;
		boolean roleMay = switch (route.access()) {
			case READ -> true;
			case WRITE -> writes;
			case ADMIN -> administers;
		};
		boolean allowed = seesIt && roleMay;
		if (allowed) {
			assertThat(status).as("%s as %s", path, who).isBetween(200, 399).isNotEqualTo(403);
		}
		else {
			assertThat(status).as("%s as %s", path, who).isEqualTo(roleMay ? route.outsideStatus() : 403);
		}
		// the users API's writes take effect exactly when allowed
		if (route.method() == HttpMethod.POST && route.path().equals("/api/v1/admin/users")) {
			assertThat(users.exists(name)).as("%s as %s created", path, who).isEqualTo(allowed);
		}
		if (route.method() == HttpMethod.PATCH) {
			assertThat(users.find(user).orElseThrow().displayName().equals(name)).as("%s as %s changed", path, who)
				.isEqualTo(allowed);
		}
	}

	private SignedInUser principal(Who who) {
		return switch (who) {
			case ADMINISTRATOR -> new SignedInUser("m-admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);
			case PROVINCIAL_ADMINISTRATOR -> new SignedInUser("m-province-admin", "x", "Quản trị tỉnh",
					Role.ADMINISTRATOR, units.require("84").id(), true);
			case PROVINCIAL_STAFF -> new SignedInUser("m-staff", "x", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF,
					units.require("84").id(), true);
			case DISTRICT_OFFICIAL -> new SignedInUser("m-official", "x", "Cán bộ huyện", Role.DISTRICT_OFFICIAL,
					units.require("844").id(), true);
			case LEADER -> new SignedInUser("m-leader", "x", "Lãnh đạo", Role.LEADER, units.require("844").id(), true);
		};
	}
}
