package vn.baophu.task;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.baophu.task.TaskUsers.ADMIN;

/**
 * The rules of a task's input live in the service ({@link TaskRules}) and hold alike on the page, in
 * the API and in a task file: the assignee unit lies in the directive's subtree, the end is not before
 * the start (the directive's date by default), an assignee is named.
 */
@BaophuTest
@Transactional
class TaskInputRulesTests {

	private static final RequestPostProcessor AS_ADMIN = user(ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	DirectiveService directives;

	@Autowired
	TaskService tasks;

	private long plan295() {
		return directives.directivesUnder(units.require("844"), ADMIN).stream()
			.filter(d -> d.number().equals("295/KH-BCĐ"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theServiceNamesEveryBrokenRuleByField() {
		TaskInput outsideAndEndingBeforeTheDirective = new TaskInput("", "84", "Việc", "none", "31/12/2023", null,
				LocalDate.of(2023, 7, 30));
		assertThat(tasks.check(plan295(), outsideAndEndingBeforeTheDirective, ADMIN))
			.extracting(problem -> problem.field() + ":" + problem.key())
			.containsExactly("assigneeUnit:task.form.outsideUnit", "endsOn:task.form.endBeforeStart");
		assertThat(tasks.check(plan295(), new TaskInput(" ", "", "Việc", "yearly", "31/02", null, null), ADMIN))
			.extracting(TaskInputException.Problem::field)
			.containsExactly("assignee", "due");
		assertThat(tasks.check(plan295(), new TaskInput("", "29278", "Việc", "none", "31/12/2023", null, null), ADMIN))
			.isEmpty();
	}

	@Test
	void thePageShowsTheServicesRulesAndReadsDatesDayFirst() throws Exception {
		String form = "/directives/" + plan295() + "/tasks";
		mvc.perform(post(form).param("assigneeName", "").param("assigneeUnitCode", "84").param("description", "Việc")
			.param("recurrence", "NONE").param("due", "31/12/2023").param("endsOn", "30/07/2023")
			.with(AS_ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị 84 không thuộc Huyện Càng Long")))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")));
		mvc.perform(post(form).param("assigneeName", "Phòng A").param("description", "Việc")
			.param("recurrence", "NONE").param("due", "31/12/2023").param("startsOn", "31/02/2023")
			.with(AS_ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày phải có dạng dd/MM/yyyy.")));
		mvc.perform(post(form).param("assigneeName", "Phòng A").param("description", "Việc mới")
			.param("recurrence", "MONTHLY").param("due", "25").param("startsOn", "1/8/2023").param("endsOn", "31/12/2023")
			.with(AS_ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/directives/" + plan295()));
		TaskView saved = tasks.tasksOf(plan295(), ADMIN).stream().filter(t -> t.description().equals("Việc mới"))
			.findFirst().orElseThrow();
		assertThat(saved.startsOn()).isEqualTo(LocalDate.of(2023, 8, 1));
		assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void theApiAnswersTheFirstBrokenRuleWithItsField() throws Exception {
		String api = "/api/v1/directives/" + plan295() + "/tasks";
		mvc.perform(post(api).with(AS_ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"assigneeUnit": "84", "description": "Việc", "recurrence": "none", "due": "31/12/2023"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("assigneeUnit"));
		mvc.perform(post(api).with(AS_ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"assignee": "X", "recurrence": "none", "due": "31/12/2023"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("description"));
		mvc.perform(post(api).with(AS_ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"assignee": "X", "description": "Y", "recurrence": "none", "due": "31/12/2023",
				 "startsOn": "2023-08-01", "endsOn": "2023-07-01"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("endsOn"));
	}

}
