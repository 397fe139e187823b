package vn.baophu.imports;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.figures.FiguresService;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Imports cannot reach outside the importing user's subtree, nor into a closed month. */
@BaophuTest
class ImportGuardsTests {

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	MonthStatusService months;

	@Autowired
	FiguresService figures;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twoProvinces() {
		if (units.findByCode("IGP").isEmpty()) {
			units.save(List.of(new UnitDraft(2, "IGP", "Tỉnh Một", UnitKind.TINH, null),
					new UnitDraft(3, "IGC", "Xã Một", UnitKind.XA, "IGP"),
					new UnitDraft(4, "IHP", "Tỉnh Hai", UnitKind.TINH, null),
					new UnitDraft(5, "IHC", "Xã Hai", UnitKind.XA, "IHP")));
		}
	}

	@Test
	void rowsOutsideTheUsersSubtreeAreErrorsAndNothingIsSaved() {
		String scope = units.require("IGP").path();
		ImportResult result = imports.importFile(ImportKind.FIGURES, "f.csv", csv("""
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				IGC,2034-01,100,,,
				IHC,2034-01,200,,,
				"""), "staff", scope, Locale.forLanguageTag("vi"));
		assertThat(result.saved()).isFalse();
		assertThat(result.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.field()).isEqualTo("unit_code");
			assertThat(error.message()).contains("IHC", "ngoài phạm vi");
		});
		assertThat(figures.find(List.of(units.require("IGC").id()), List.of(YearMonth.of(2034, 1)))).isEmpty();
	}

	@Test
	void aNewProvinceOrAUnitUnderAnotherProvinceIsOutOfScope() {
		String scope = units.require("IGP").path();
		ImportResult result = imports.preview(ImportKind.UNITS, "u.csv", csv("""
				code,name,type,parent_code
				IGC2,Xã Mới,xã,IGP
				IHC2,Xã Lạ,xã,IHP
				IZP,Tỉnh Mới,tỉnh,
				"""), scope, Locale.forLanguageTag("vi"));
		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "parent_code"),
					org.assertj.core.groups.Tuple.tuple(4, "parent_code"));
	}

	@Test
	void figuresOfAClosedMonthAreRefusedThroughTheApi() throws Exception {
		months.close(units.require("IGP"), YearMonth.of(2034, 2), "test");
		SignedInUser admin = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);
		mvc.perform(post("/api/v1/import/figures").with(user(admin)).contentType("text/csv")
			.content("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nIGC,2034-02,100,,,\nIHC,2034-02,200,,,\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		assertThat(figures.find(List.of(units.require("IHC").id()), List.of(YearMonth.of(2034, 2)))).isEmpty();
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
