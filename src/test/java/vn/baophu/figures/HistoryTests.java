package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail of a cell and of a month: who, when, old and new value, and why. */
@BaophuTest
class HistoryTests {

	private static final YearMonth MONTH = YearMonth.of(2033, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	FigureEntryService entry;

	@Autowired
	MonthStatusService months;

	EntryTestTree tree;

	RequestPostProcessor staff;

	@BeforeEach
	void setUp() {
		tree = new EntryTestTree("HI", units, targets, figures, YearMonth.of(2024, 3));
		staff = user(new SignedInUser("staff-hi", "x", "Cán bộ", Role.PROVINCIAL_STAFF, tree.province.id(), true));
		if (entry.versionOf(tree.communeA, MONTH) < 0) {
			entry.save(tree.district, MONTH, List.of(new RowSubmission(tree.communeA.id(), Values.NONE,
					new Values(800L, 100L, null, null))), false, null, "nguyen.van.a");
			entry.save(tree.district, MONTH, List.of(new RowSubmission(tree.communeA.id(),
					new Values(800L, 100L, null, null), new Values(950L, 100L, null, null))), true,
					"Bổ sung danh sách học sinh", "tran.thi.b");
			months.close(tree.district, MONTH, "tran.thi.b");
			months.reopen(tree.district, MONTH, "Sửa số liệu xã Ái", "le.van.c");
		}
	}

	@Test
	void theHistoryOfACellShowsEachChangeWithWhoAndWhy() throws Exception {
		mvc.perform(get("/api/v1/units/HIA/history").param("period", MONTH.toString()).param("column", "bhyt").with(staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(2)))
			.andExpect(jsonPath("$.changes[0].before").doesNotExist())
			.andExpect(jsonPath("$.changes[0].after").value(800))
			.andExpect(jsonPath("$.changes[0].username").value("nguyen.van.a"))
			.andExpect(jsonPath("$.changes[1].username").value("tran.thi.b"))
			.andExpect(jsonPath("$.changes[1].before").value(800))
			.andExpect(jsonPath("$.changes[1].after").value(950))
			.andExpect(jsonPath("$.changes[1].comment").value("Bổ sung danh sách học sinh"));
	}

	@Test
	void theHistoryOfAMonthListsEveryCellAndTheClosing() throws Exception {
		mvc.perform(get("/api/v1/units/HID/history").param("period", MONTH.toString()).with(staff))
			.andExpect(jsonPath("$.changes", hasSize(3)))
			.andExpect(jsonPath("$.monthStatus", hasSize(2)))
			.andExpect(jsonPath("$.monthStatus[0].closed").value(true))
			.andExpect(jsonPath("$.monthStatus[1].closed").value(false))
			.andExpect(jsonPath("$.monthStatus[1].reason").value("Sửa số liệu xã Ái"));
		mvc.perform(get("/units/HID/history").param("period", MONTH.toString()).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bổ sung danh sách học sinh")))
			.andExpect(content().string(containsString("Sửa số liệu xã Ái")))
			.andExpect(content().string(containsString("950")));
	}

	@Test
	void strangersCannotReadTheHistory() throws Exception {
		var stranger = user(new SignedInUser("other-hi", "x", "Khác", Role.LEADER, -1L, true));
		mvc.perform(get("/units/HID/history").param("period", MONTH.toString()).with(stranger))
			.andExpect(status().isForbidden());
	}
}
