package vn.baophu.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Every change to a user is in the audit trail (Envers writes it when the transaction commits, so
 * these requests commit): who made it, and the user as it was after it, never the password hash.
 */
@BaophuTest
class UserAuditTrailTests {

	private static final String PASSWORD = "mat-khau-du-dai";

	private static final RequestPostProcessor ADMIN = user(
			new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	record Revision(int revtype, String role, String unitCode, boolean enabled, String language, String changedBy) {
	}

	@Test
	void creatingEditingAndChoosingALanguageAreAudited() throws Exception {
		String name = UserAdminPageTests.uniqueName();
		mvc.perform(post("/admin/users").with(ADMIN).with(csrf()).param("username", name)
			.param("displayName", "Lê Văn C").param("role", "DISTRICT_OFFICIAL").param("unitCode", "844")
			.param("password", PASSWORD).param("repeatPassword", PASSWORD))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(post("/admin/users/" + name + "/edit").with(ADMIN).with(csrf()).param("displayName", "Lê Văn C")
			.param("role", "LEADER").param("unitCode", "29266").param("_enabled", "on")
			.param("version", String.valueOf(users.find(name).orElseThrow().version())))
			.andExpect(redirectedUrl("/admin/users/" + name + "/edit"));
		RequestPostProcessor self = user(new SignedInUser(name, "x", "Lê Văn C", Role.LEADER, null, true));
		mvc.perform(post("/account/language").with(self).with(csrf()).param("language", "en"))
			.andExpect(redirectedUrl("/account"));

		assertThat(revisions(name)).containsExactly(
				new Revision(0, "DISTRICT_OFFICIAL", "844", true, null, "admin"),
				new Revision(1, "LEADER", "29266", false, null, "admin"),
				new Revision(1, "LEADER", "29266", false, "en", name));
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'app_user_aud'")
			.query(String.class)
			.list()).doesNotContain("password_hash", "failed_sign_ins", "locked_until");
	}

	private List<Revision> revisions(String username) {
		return jdbc.sql("""
				select a.revtype, a.role, unit.code, a.enabled, a.language, r.username
				from app_user_aud a
				join revinfo r on r.rev = a.rev
				left join administrative_unit unit on unit.id = a.unit_id
				where a.username = ?
				order by a.rev""")
			.param(username)
			.query((rs, row) -> new Revision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}
}
