package vn.baophu.system;

import java.util.ArrayList;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every page and API route × every role × a unit inside and outside the user's subtree. Reading is
 * allowed to every role inside its subtree; entering figures, imports, closing months and keeping
 * denominators and targets to administrators and provincial staff; outside the subtree nothing.
 * The administrator here has no unit, so the whole tree is inside.
 */
@BaophuTest
class AccessMatrixTests {

	enum Access {
		READ, WRITE
	}

	enum Who {
		ADMINISTRATOR, PROVINCIAL_STAFF, DISTRICT_OFFICIAL, LEADER
	}

	/** {unit} is replaced by the district code, {leaf} by a commune code below it. */
	record Route(HttpMethod method, String path, Access access, String body) {
		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static final List<Route> ROUTES = List.of(
			new Route(HttpMethod.GET, "/units/{unit}", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/gap?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/gap-table?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/entry?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/figures?period=2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/api/v1/units/{leaf}/figures/2023-06", Access.READ, ""),
			new Route(HttpMethod.GET, "/units/{unit}/history?period=2023-06", Access.READ, ""),
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
			new Route(HttpMethod.GET, "/api/v1/units/{unit}/timeliness?period=2023-06", Access.READ, ""));

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@BeforeEach
	void anotherProvince() {
		if (units.findByCode("MXP").isEmpty()) {
			units.save(List.of(new UnitDraft(2, "MXP", "Tỉnh Khác", UnitKind.TINH, null),
					new UnitDraft(3, "MXD", "Huyện Khác", UnitKind.HUYEN, "MXP"),
					new UnitDraft(4, "MXC", "Xã Khác", UnitKind.XA, "MXD")));
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
		String path = route.path().replace("{unit}", unit).replace("{leaf}", leaf);
		MockHttpServletRequestBuilder call = request(route.method(), path).with(user(principal(who))).with(csrf());
		if (!route.body().isEmpty()) {
			call = call.contentType(MediaType.APPLICATION_JSON).content(route.body()).header("If-None-Match", "*");
		}
		int status = mvc.perform(call).andReturn().getResponse().getStatus();

		boolean seesIt = inside || who == Who.ADMINISTRATOR;
		boolean writes = who == Who.ADMINISTRATOR || who == Who.PROVINCIAL_STAFF;
		boolean allowed = seesIt && (route.access() == Access.READ || writes);
		if (allowed) {
			assertThat(status).as("%s as %s", path, who).isBetween(200, 399).isNotEqualTo(403);
		}
		else {
			assertThat(status).as("%s as %s", path, who).isEqualTo(403);
		}
	}

	private SignedInUser principal(Who who) {
		return switch (who) {
			case ADMINISTRATOR -> new SignedInUser("m-admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);
			case PROVINCIAL_STAFF -> new SignedInUser("m-staff", "x", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF,
					units.require("84").id(), true);
			case DISTRICT_OFFICIAL -> new SignedInUser("m-official", "x", "Cán bộ huyện", Role.DISTRICT_OFFICIAL,
					units.require("844").id(), true);
			case LEADER -> new SignedInUser("m-leader", "x", "Lãnh đạo", Role.LEADER, units.require("844").id(), true);
		};
	}
}
