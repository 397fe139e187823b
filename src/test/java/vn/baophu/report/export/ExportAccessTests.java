package vn.baophu.report.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Nobody downloads the tables of a unit outside their subtree, or of a unit that does not exist. */
@BaophuTest
class ExportAccessTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "gap.xlsx", "gap.pdf", "report.xlsx", "report.pdf" })
	void anOfficialOfAnotherDistrictIsRefused(String file) throws Exception {
		SignedInUser stranger = new SignedInUser("other", "x", "Huyện khác", Role.DISTRICT_OFFICIAL, -1L, true);
		mvc.perform(get("/units/844/" + file).param("period", "2023-06").with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "gap.xlsx", "gap.pdf", "report.xlsx", "report.pdf" })
	void anUnknownUnitIsNotFound(String file) throws Exception {
		mvc.perform(get("/units/99999/" + file).param("period", "2023-06").with(GapWorkbookTests.ADMIN))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "gap.xlsx", "report.pdf" })
	void strangersAreSentToTheSignInPage(String file) throws Exception {
		mvc.perform(get("/units/844/" + file).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "period=2023-13", "period=2023-06&table=bhyx" })
	void aMalformedMonthOrTableIsTheClientsMistake(String query) throws Exception {
		mvc.perform(get("/units/844/gap.xlsx?" + query).with(GapWorkbookTests.ADMIN)).andExpect(status().isBadRequest());
	}
}
