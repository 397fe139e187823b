package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A month closed for one commune alone (the district shows "partly closed") stays closed whatever
 * the path of the write: the district's grid, the API, the import's save.
 */
@BaophuTest
class ClosedMeansClosedTests {

	private static final YearMonth MONTH = YearMonth.of(2032, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Autowired
	MonthStatusService months;

	EntryTestTree tree;

	RequestPostProcessor staff;

	@BeforeEach
	void setUp() {
		tree = new EntryTestTree("CMC", units, targets, figures, MONTH);
		staff = user(new SignedInUser("staff-cmc", "x", "Cán bộ", Role.PROVINCIAL_STAFF, tree.province.id(), true));
		if (figures.find(List.of(tree.communeA.id()), List.of(MONTH)).isEmpty()) {
			figures.save(List.of(new MonthlyCounts(tree.communeA.id(), MONTH, 805L, 100L, 20L, 90L),
					new MonthlyCounts(tree.communeB.id(), MONTH, 1505L, 200L, 40L, 180L)), "test");
			months.close(tree.communeA, MONTH, "test");
		}
	}

	@Test
	void theDistrictGridCannotOverwriteACommuneClosedOnItsOwn() throws Exception {
		assertThat(months.statusOf(tree.district, MONTH).state()).isEqualTo(MonthStatus.State.PARTLY_CLOSED);

		mvc.perform(post("/units/CMCD/entry").param("period", MONTH.toString()).with(staff).with(csrf())
			.param("lines[0].unitId", String.valueOf(tree.communeA.id()))
			.param("lines[0].originalBhyt", "805")
			.param("lines[0].bhyt", "806")
			.param("lines[1].unitId", String.valueOf(tree.communeB.id()))
			.param("lines[1].originalBhyt", "1505")
			.param("lines[1].bhyt", "1506"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tháng này đã khóa sổ tại Xã Ái CMC; số liệu không được lưu.")));

		// neither the closed commune nor its open neighbour in the same save
		assertThat(saved()).extracting(MonthlyCounts::bhyt).containsExactlyInAnyOrder(805L, 1505L);
	}

	@Test
	void theApiAnswersLockedForTheClosedCommune() throws Exception {
		long version = figures.find(List.of(tree.communeA.id()), List.of(MONTH)).isEmpty() ? -1 : 0;
		mvc.perform(put("/api/v1/units/CMCA/figures/" + MONTH).with(staff)
			.header("If-Match", "\"v" + Math.max(version, 0) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bhyt\": 999, \"bhxhCompulsory\": 100, \"bhxhVoluntary\": 20, \"bhtn\": 90}"))
			.andExpect(status().isLocked());
		assertThat(saved()).extracting(MonthlyCounts::bhyt).containsExactlyInAnyOrder(805L, 1505L);
	}

	@Test
	void theSaveBehindEveryImportRefusesAClosedLeafMonth() {
		assertThatThrownBy(() -> figures.save(List.of(new MonthlyCounts(tree.communeB.id(), MONTH, 1600L, 1L, 1L, 1L),
				new MonthlyCounts(tree.communeA.id(), MONTH, 900L, 1L, 1L, 1L)), "test"))
			.isInstanceOf(MonthClosedException.class)
			.hasMessageContaining("Xã Ái CMC");
		assertThat(saved()).extracting(MonthlyCounts::bhyt).containsExactlyInAnyOrder(805L, 1505L);

		// the same commune in an open month is written
		YearMonth open = MONTH.plusMonths(1);
		figures.save(List.of(new MonthlyCounts(tree.communeA.id(), open, 810L, null, null, null)), "test");
		assertThat(figures.find(List.of(tree.communeA.id()), List.of(open))).extracting(MonthlyCounts::bhyt)
			.containsExactly(810L);
	}

	private List<MonthlyCounts> saved() {
		return figures.find(List.of(tree.communeA.id(), tree.communeB.id()), List.of(MONTH));
	}
}
