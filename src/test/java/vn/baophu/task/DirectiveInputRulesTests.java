package vn.baophu.task;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.baophu.task.TaskUsers.ADMIN;

/**
 * The rules of a directive's input live in the service ({@link DirectiveService#check}) and hold alike on
 * the page, in the API and in a task file (the file's are in {@link vn.baophu.imports.TaskImportTests}).
 */
@BaophuTest
@Transactional
class DirectiveInputRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectiveService directives;

	@Test
	void theServiceNamesEveryBrokenRuleByField() {
		assertThat(directives.check(new DirectiveInput(" ", "31/02/2023", "UBND", "nghị quyết", "x".repeat(1001))))
			.extracting(problem -> problem.field() + ":" + problem.key())
			.containsExactly("number:task.error.required", "issued:task.import.error.directiveDate",
					"kind:task.import.error.kind", "title:task.error.tooLong");
		assertThat(directives.check(new DirectiveInput("1/KH", "2022", "UBND", "công văn", "V/v A"))).isEmpty();
	}

	@Test
	void theApiAnswersTheFirstBrokenRuleWithItsField() throws Exception {
		mvc.perform(post("/api/v1/units/844/directives").with(user(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"number": "1/KH", "issued": "31/02/2023", "issuer": "UBND", "kind": "kế hoạch", "title": "A"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("issued"));
		mvc.perform(post("/api/v1/units/844/directives").with(user(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"number": "1/KH", "issued": "2023", "issuer": "UBND", "title": "A"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}
}
