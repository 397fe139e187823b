package vn.baophu.task;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The task pages on the demo data, per role: the board, directives and tasks, import, allocation, timeliness. */
@BaophuTest
class TaskPagesTests {

	private static final RequestPostProcessor ADMIN = user(TaskUsers.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	DirectiveService directives;

	@Autowired
	vn.baophu.user.UserService users;

	private RequestPostProcessor as(Role role, String unitCode) {
		return user(TaskUsers.of(units, role, unitCode));
	}

	@Test
	void theMenuLeadsToTheBoardOfTheUsersUnit() throws Exception {
		mvc.perform(get("/tasks").with(as(Role.PROVINCIAL_STAFF, "84"))).andExpect(redirectedUrl("/units/84/tasks"));
		mvc.perform(get("/tasks").with(as(Role.LEADER, "844"))).andExpect(redirectedUrl("/units/844/tasks"));
		mvc.perform(get("/units/844/tasks").with(ADMIN))
			.andExpect(content().string(containsString("id=\"nav-tasks\"")));
	}

	@Test
	void theBoardShowsTheDemoPlansTasksOverdueToday() throws Exception {
		mvc.perform(get("/units/844/tasks").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhiệm vụ — Huyện Càng Long")))
			.andExpect(content().string(containsString("id=\"overdue\"")))
			.andExpect(content().string(containsString("295/KH-BCĐ")))
			.andExpect(content().string(containsString("UBND xã Huyền Hội")))
			.andExpect(content().string(containsString("Quá hạn")))
			.andExpect(content().string(containsString("Thứ Sáu hằng tuần")))
			.andExpect(content().string(containsString("Ngày cuối cùng của tháng")))
			.andExpect(content().string(containsString("id=\"count-overdue\">8<")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/units/844/tasks").param("assignee", "phuong thanh").with(ADMIN))
			.andExpect(content().string(containsString("id=\"count-all\">1<")))
			.andExpect(content().string(containsString("UBND xã Phương Thạnh")));
		mvc.perform(get("/units/844/tasks").with(as(Role.DISTRICT_OFFICIAL, "29266"))).andExpect(status().isForbidden());
	}

	@Test
	@Transactional
	void aManagerCreatesADirectiveAddsATaskAndMarksItDone() throws Exception {
		MvcResult created = mvc.perform(multipart("/units/844/directives").param("number", "12/KH-BCĐ")
			.param("issued", "01/08/2023").param("issuer", "Ban Chỉ đạo huyện").param("kind", "KE_HOACH")
			.param("title", "Kế hoạch thử").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrlPattern("/directives/*"))
			.andReturn();
		String directive = created.getResponse().getRedirectedUrl();
		mvc.perform(get(directive).with(ADMIN))
			.andExpect(content().string(containsString("Kế hoạch thử")))
			.andExpect(content().string(containsString("id=\"add-task\"")));

		mvc.perform(post(directive + "/tasks").param("assigneeName", "").param("assigneeUnitCode", "29278")
			.param("description", "Vận động thêm 100 người").param("recurrence", "MONTHLY").param("due", "32")
			.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn là một ngày trong tháng từ 1 đến 31")));
		mvc.perform(post(directive + "/tasks").param("assigneeName", "").param("assigneeUnitCode", "29278")
			.param("description", "Vận động thêm 100 người").param("recurrence", "NONE").param("due", "31/12/2023")
			.with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl(directive));
		String page = mvc.perform(get(directive).with(ADMIN)).andReturn().getResponse().getContentAsString();
		String task = page.replaceAll("(?s).*href=\"(/tasks/\\d+)\".*", "$1");
		mvc.perform(get(task).with(ADMIN))
			.andExpect(content().string(containsString("Xã Huyền Hội")))
			.andExpect(content().string(containsString("id=\"mark-done\"")));
		mvc.perform(post(task + "/status").param("status", "DONE").with(as(Role.DISTRICT_OFFICIAL, "844")).with(csrf()))
			.andExpect(redirectedUrl(task));
		mvc.perform(post(task + "/notes").param("text", "Đã xong").with(as(Role.DISTRICT_OFFICIAL, "844")).with(csrf()))
			.andExpect(redirectedUrl(task + "#notes"));
		mvc.perform(get(task).with(ADMIN))
			.andExpect(content().string(containsString("data-status=\"DONE\"")))
			.andExpect(content().string(containsString("Đã xong")));
		mvc.perform(post(task + "/status").param("status", "DONE").with(as(Role.LEADER, "844")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBadDirectiveIsShownAgainWithItsErrorsAndLeadersMayNotCreate() throws Exception {
		mvc.perform(multipart("/units/844/directives").param("number", "").param("issued", "31/02/2023")
			.param("issuer", "UBND").param("kind", "KE_HOACH").param("title", "x").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày ban hành phải có dạng dd/MM/yyyy hoặc chỉ là năm.")))
			.andExpect(content().string(containsString("Không được để trống.")));
		mvc.perform(get("/units/844/directives/new").with(as(Role.LEADER, "844"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/units/844/directives").param("number", "1").param("issued", "2023")
			.param("issuer", "UBND").param("kind", "KE_HOACH").param("title", "x").with(as(Role.LEADER, "844"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theImportPreviewNamesEveryBadRowAndField() throws Exception {
		String csv = "directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,"
				+ "task,recurrence,due\n1/KH,31/07/2023,UBND,kế hoạch,A,Phòng A,,Việc 1,quarterly,cuối quý\n"
				+ "1/KH,31/07/2023,UBND,kế hoạch,A,Phòng B,,Việc 2,weekly,thứ tám\n";
		mvc.perform(multipart("/units/844/tasks/import").file(new MockMultipartFile("file", "tasks.csv", "text/csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 3, cột due: hạn &quot;thứ tám&quot; phải là một thứ trong tuần")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		mvc.perform(get("/units/844/tasks/import").with(as(Role.LEADER, "844"))).andExpect(status().isForbidden());
	}

	@Test
	@Transactional
	void theImportIsPreviewedThenSavedFromTheSession() throws Exception {
		String csv = "directive_number,directive_date,issuer,directive_kind,directive_title,assignee,assignee_unit_code,"
				+ "task,recurrence,due\n/UBND-THVX,2022,UBND tỉnh,công văn,V/v A,UBND các xã,,Báo cáo,monthly,25\n";
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		// the stored administrator: a session re-reads the account, and a made-up principal would be signed out
		RequestPostProcessor ADMIN = user(users.loadUserByUsername("admin"));
		String preview = mvc.perform(multipart("/units/844/tasks/import").file(new MockMultipartFile("file", "a.csv",
				"text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).session(session).with(ADMIN).with(csrf()))
			.andExpect(content().string(containsString("Không có lỗi: 1 nhiệm vụ của 1 văn bản sẵn sàng để lưu.")))
			.andReturn().getResponse().getContentAsString();
		String token = preview.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/units/844/tasks/import/confirm").param("token", token).session(session).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/units/844/tasks"));
		mvc.perform(get("/units/844/directives").with(ADMIN)).andExpect(content().string(containsString("/UBND-THVX")));
	}

	@Test
	void theAllocationPageShowsWhatEachCommuneStillOwesToManagersOnly() throws Exception {
		mvc.perform(get("/units/844/tasks/allocate").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"29278\"")))
			.andExpect(content().string(containsString("2.362")))
			.andExpect(content().string(containsString("295/KH-BCĐ")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/units/844/tasks/allocate").param("period", "2023-06").with(as(Role.LEADER, "844")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/844/gap").param("period", "2023-06").with(ADMIN))
			.andExpect(content().string(containsString("id=\"allocate-tasks\"")))
			.andExpect(content().string(containsString("/units/844/tasks/allocate?period=2023-06")));
		mvc.perform(get("/units/844/gap").param("period", "2023-06").with(as(Role.LEADER, "844")))
			.andExpect(content().string(not(containsString("id=\"allocate-tasks\""))));
	}

	@Test
	void theDirectiveAndTaskPagesSpeakEnglish() throws Exception {
		DirectiveView plan = directives.directivesUnder(units.require("844"), TaskUsers.ADMIN).stream()
			.filter(d -> d.number().equals("295/KH-BCĐ")).findFirst().orElseThrow();
		String page = mvc.perform(get("/directives/" + plan.id()).param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tasks (8)")))
			.andExpect(content().string(containsString("Every Friday")))
			.andExpect(content().string(containsString("Last day of every month")))
			.andExpect(content().string(containsString("By 31 Dec 2023")))
			.andExpect(content().string(not(containsString("??"))))
			.andReturn().getResponse().getContentAsString();
		String task = page.replaceAll("(?s).*href=\"(/tasks/\\d+)\".*", "$1");
		mvc.perform(get(task).param("lang", "en").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress notes")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/directives/" + plan.id()).with(as(Role.DISTRICT_OFFICIAL, "29266"))).andExpect(status().isForbidden());
		mvc.perform(get("/directives/999999").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void theTimelinessTableAndTheDashboardPanel() throws Exception {
		mvc.perform(get("/units/844/timeliness").param("period", "2023-06").with(as(Role.LEADER, "844")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tính kịp thời của báo cáo — Huyện Càng Long, tháng 06/2023")))
			.andExpect(content().string(containsString("ngày 25 của tháng báo cáo")))
			.andExpect(content().string(containsString("100,00%")))
			.andExpect(content().string(not(containsString("id=\"rule-link\""))));
		mvc.perform(get("/units/844/timeliness/rule").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-form\"")));
		mvc.perform(get("/units/844/dashboard").param("period", "2023-06").with(as(Role.LEADER, "844")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-panel\"")))
			.andExpect(content().string(containsString("Nhiệm vụ quá hạn")))
			.andExpect(content().string(containsString("href=\"/units/844/timeliness?period=2023-06\"")))
			.andExpect(content().string(containsString("14/14 đơn vị")));
	}
}
