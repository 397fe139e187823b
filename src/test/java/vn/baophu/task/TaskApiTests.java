package vn.baophu.task;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The task API as JSON: board, directives, tasks, status and notes, import, allocation, timeliness. */
@BaophuTest
class TaskApiTests {

	private static final RequestPostProcessor ADMIN = user(TaskUsers.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Test
	void theBoardOfTheDistrictWithHttpBasic() throws Exception {
		mvc.perform(get("/api/v1/units/844/tasks").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("844"))
			.andExpect(jsonPath("$.allCount").value(8))
			.andExpect(jsonPath("$.overdueCount").value(8))
			.andExpect(jsonPath("$.all[0].directiveNumber").value("295/KH-BCĐ"))
			.andExpect(jsonPath("$.all[0].recurrence").value("weekly"))
			.andExpect(jsonPath("$.all[0].dueRule").value("friday"))
			.andExpect(jsonPath("$.all[0].status").value("OVERDUE"))
			.andExpect(jsonPath("$.all[0].cycle.start").value("2023-07-31"));
		mvc.perform(get("/api/v1/units/844/tasks")).andExpect(status().isUnauthorized());
	}

	@Test
	@Transactional
	void directivesAndTasksAreCreatedReadAndUpdated() throws Exception {
		String body = mvc.perform(post("/api/v1/units/844/directives").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"number": "/UBND-THVX", "issued": "2022", "issuer": "UBND tỉnh", "kind": "công văn", "title": "V/v A"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issued").value("2022"))
			.andExpect(jsonPath("$.kind").value("CONG_VAN"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = body.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		mvc.perform(post("/api/v1/directives/" + id + "/tasks").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"assignee": "UBND các huyện", "description": "Báo cáo", "recurrence": "monthly", "due": "25",
					 "startsOn": "2023-06-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recurrence").value("monthly"))
			.andExpect(jsonPath("$.dueRule").value("25"))
			.andExpect(jsonPath("$.due").value("2023-06-25"))
			.andExpect(jsonPath("$.status").value("OVERDUE"));
		mvc.perform(post("/api/v1/directives/" + id + "/tasks").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"assignee": "X", "description": "Y", "recurrence": "yearly", "due": "31/02"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("due"));
		String task = mvc.perform(get("/api/v1/directives/" + id).with(ADMIN))
			.andExpect(jsonPath("$.tasks", hasSize(1)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s).*\"tasks\":\\[\\{\"id\":(\\d+).*", "$1");
		mvc.perform(post("/api/v1/tasks/" + task + "/status").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"DONE\", \"through\": \"2023-07-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneThrough").value("2023-07-01"))
			.andExpect(jsonPath("$.due").value("2023-08-25"))
			.andExpect(jsonPath("$.status").value("OVERDUE"));
		mvc.perform(post("/api/v1/tasks/" + task + "/status").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"OVERDUE\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/tasks/" + task + "/notes").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Đã gửi báo cáo\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("admin"))
			.andExpect(jsonPath("$.cycle.start").value("2023-08-01"));
		mvc.perform(get("/api/v1/tasks/" + task).with(ADMIN)).andExpect(jsonPath("$.notes", hasSize(1)));
		mvc.perform(put("/api/v1/tasks/" + task).with(as(Role.LEADER, "844")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"assignee\": \"X\", \"description\": \"Y\", \"recurrence\": \"none\", \"due\": \"31/12/2023\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theImportChecksWithoutSavingOnADryRunAndRefusesABadFile() throws Exception {
		byte[] demo = new org.springframework.core.io.ClassPathResource("demo/tasks.csv").getInputStream().readAllBytes();
		mvc.perform(post("/api/v1/tasks/import").param("unit", "844").param("dryRun", "true").with(ADMIN)
			.contentType("text/csv").content(demo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.directives").value(1))
			.andExpect(jsonPath("$.tasks").value(8));
		mvc.perform(post("/api/v1/tasks/import").param("unit", "844").with(ADMIN).contentType("text/csv")
			.content("directive_number,directive_date\n1,2\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("issuer"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Dòng 1, cột issuer")));
		mvc.perform(post("/api/v1/tasks/import").param("unit", "844").with(as(Role.LEADER, "844"))
			.contentType("text/csv").content(demo))
			.andExpect(status().isForbidden());
	}

	@Test
	void allocationTimelinessAndTheReportingDeadline() throws Exception {
		mvc.perform(get("/api/v1/units/844/allocation").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(14)))
			.andExpect(jsonPath("$[?(@.unit.code == '29278')].remaining.bhyt").value(2362));
		mvc.perform(get("/api/v1/units/844/timeliness").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.leaves").value(14))
			.andExpect(jsonPath("$.total.complete").value(14))
			.andExpect(jsonPath("$.leaves[0].deadline").value("2023-06-25"))
			.andExpect(jsonPath("$.rule.rule.day").value(25));
		mvc.perform(get("/api/v1/units/844/reporting-deadline").with(ADMIN))
			.andExpect(jsonPath("$.rule.weekendRule").value("KEEP"))
			.andExpect(jsonPath("$.setAtCode").doesNotExist());
		mvc.perform(put("/api/v1/units/844/reporting-deadline").with(as(Role.LEADER, "844"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"day\": 20, \"monthOffset\": 0, \"weekendRule\": \"KEEP\"}"))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(Role role, String code) {
		return user(TaskUsers.of(units, role, code));
	}
}
