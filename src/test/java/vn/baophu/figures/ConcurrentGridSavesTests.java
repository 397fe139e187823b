package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.Together;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Six people save the same cell of the district grid at the same moment, each from the grid they
 * opened: one value is saved, everyone else is shown the conflict, and the saved value is the one
 * whose save was confirmed. Nobody's save silently replaces another's.
 */
@BaophuTest
class ConcurrentGridSavesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	@Autowired
	FiguresService figures;

	@Test
	void oneOfManySimultaneousSavesOfACellWinsAndTheOthersSeeTheConflict() throws Exception {
		YearMonth month = YearMonth.of(2034, 2);
		EntryTestTree tree = new EntryTestTree("CGS", units, targets, figures, month);
		RequestPostProcessor staff = user(new SignedInUser("staff-cgs", "x", "Cán bộ", Role.PROVINCIAL_STAFF,
				tree.province.id(), true));
		int people = 6;
		AtomicInteger next = new AtomicInteger(801);
		List<Save> saves = Together.run(people, () -> {
			long bhyt = next.getAndIncrement();
			return new Save(bhyt, mvc.perform(post("/units/CGSD/entry").param("period", month.toString()).with(staff)
				.with(csrf())
				.param("lines[0].unitId", String.valueOf(tree.communeA.id()))
				.param("lines[0].bhyt", String.valueOf(bhyt)))
				.andReturn()
				.getResponse());
		});

		assertThat(saves).extracting(save -> save.response().getStatus()).containsOnly(302, 200);
		List<Save> saved = saves.stream().filter(save -> save.response().getStatus() == 302).toList();
		assertThat(saved).hasSize(1);
		assertThat(saves.stream().filter(save -> save.response().getStatus() == 200))
			.allSatisfy(save -> assertThat(save.response().getContentAsString()).contains("id=\"entry-conflicts\""));
		assertThat(figures.find(List.of(tree.communeA.id()), List.of(month))).extracting(MonthlyCounts::bhyt)
			.containsExactly(saved.get(0).bhyt());
	}

	private record Save(long bhyt, MockHttpServletResponse response) {
	}
}
