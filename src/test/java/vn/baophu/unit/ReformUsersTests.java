package vn.baophu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.TestUsers;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/**
 * Users tied to units a reform closes: the preview names them, they keep reading the months before,
 * they are told on the first page what took their unit's place, and an administrator re-ties them in
 * one step where one unit took its place.
 */
@BaophuTest
@Transactional
class ReformUsersTests {

	private static final String PASSWORD = "mat-khau-lanh-dao-xa";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	UnitService units;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	String leader;

	String official;

	@BeforeEach
	void usersOfOldUnits() {
		leader = TestUsers.uniqueName();
		official = TestUsers.uniqueName();
		users.create(leader, PASSWORD, "Lãnh đạo xã Mỹ Cẩm", Role.LEADER, units.require("29269").id());
		users.create(official, PASSWORD, "Cán bộ huyện", Role.DISTRICT_OFFICIAL, units.require("844").id());
	}

	@Test
	void thePreviewNamesTheUsersOfUnitsThatClose() throws Exception {
		reform("?effective=2025-07-01&dryRun=true")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản " + leader + " gắn với Xã Mỹ Cẩm (29269)")))
			.andExpect(content().string(containsString("Tài khoản " + official + " gắn với Huyện Càng Long (844)")));
	}

	@Test
	void afterTheReformTheyReadTheirMonthsAndAreToldWhatTookTheirUnitsPlace() throws Exception {
		reform("?effective=2025-07-01").andExpect(status().isOk());

		mvc.perform(get("/api/v1/units/29269/figures/2023-06").with(httpBasic(leader, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/844/gap-table?period=2023-06").with(httpBasic(official, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/units").with(user(users.loadUserByUsername(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị thay thế: Xã Càng Long (29266)")));
	}

	@Test
	void anAdministratorReTiesThemWhereOneUnitTookThePlace() throws Exception {
		reform("?effective=2025-07-01").andExpect(status().isOk());

		mvc.perform(post("/admin/users/retie").with(user(users.loadUserByUsername("admin"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString(official)));

		// The accounts are read back by SQL: let this test's transaction write what the request changed.
		entityManager.flush();
		UnitRef cangLong = units.require("29266", YearMonth.of(2025, 7));
		assertThat(users.find(leader)).get().satisfies(row -> assertThat(row.unitId()).isEqualTo(cangLong.id()));
		// A district has no successor: its official is left for a person to decide.
		assertThat(users.find(official)).get()
			.satisfies(row -> assertThat(row.unitId()).isEqualTo(units.require("844").id()));
	}

	private org.springframework.test.web.servlet.ResultActions reform(String query) throws Exception {
		return mvc.perform(post("/api/v1/import/reform" + query).with(httpBasic("admin", "admin")).contentType("text/csv")
			.content(ReformDemoData.REFORM_CSV.getBytes(StandardCharsets.UTF_8)));
	}
}
