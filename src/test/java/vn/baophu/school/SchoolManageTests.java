package vn.baophu.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.TestUsers;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.UserService;

/** The schools page: every school of the subtree, edited by those who manage its unit, never over someone else's change. */
@BaophuTest
@Transactional
class SchoolManageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SchoolService schools;

	@Autowired
	UnitService units;

	@Autowired
	UserService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Test
	void listsTheSchoolsAndSavesAnEdit() throws Exception {
		School school = school("Trường TH Bình Phú A");
		mvc.perform(get("/units/844/schools/manage").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trường TH Đức Mỹ A")));

		edit(school, school.version(), "Trường Tiểu học Bình Phú A", "TH-BPA", admin())
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("Trường Tiểu học Bình Phú A")));

		School saved = school("Trường Tiểu học Bình Phú A");
		assertThat(saved.code()).isEqualTo("TH-BPA");
		assertThat(saved.id()).isEqualTo(school.id());
	}

	@Test
	void anEditOverSomeoneElsesChangeIsRefused() throws Exception {
		School school = school("Trường TH Đức Mỹ A");
		edit(school, school.version(), "Trường TH Đức Mỹ A (1)", "", admin()).andExpect(status().is3xxRedirection());
		edit(school, school.version(), "Trường TH Đức Mỹ A (2)", "", admin())
			.andExpect(flash().attribute("error", containsString("vừa được người khác sửa")));
		assertThat(schools.schoolsUnder(units.require("844"))).extracting(School::name)
			.contains("Trường TH Đức Mỹ A (1)").doesNotContain("Trường TH Đức Mỹ A (2)");
	}

	@Test
	void aLeaderMayReadButNotEdit() throws Exception {
		String leader = TestUsers.uniqueName();
		users.create(leader, "mat-khau-lanh-dao", "Lãnh đạo huyện", Role.LEADER, units.require("844").id());
		School school = school("Trường TH Bình Phú A");
		RequestPostProcessor asLeader = user(users.loadUserByUsername(leader));
		mvc.perform(get("/units/844/schools/manage").with(asLeader)).andExpect(status().isOk());
		edit(school, school.version(), "Đổi tên", "", asLeader).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions edit(School school, long version, String name, String code,
			RequestPostProcessor who) throws Exception {
		org.springframework.test.web.servlet.ResultActions result = mvc.perform(post("/units/844/schools/" + school.id())
			.param("version", String.valueOf(version)).param("name", name).param("schoolCode", code)
			.param("level", school.level().name()).with(who).with(csrf()));
		entityManager.flush();
		return result;
	}

	private School school(String name) {
		return schools.schoolsUnder(units.require("844")).stream().filter(s -> s.name().equals(name)).findFirst()
			.orElseThrow();
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername("admin"));
	}
}
