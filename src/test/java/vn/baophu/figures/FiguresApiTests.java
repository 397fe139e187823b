package vn.baophu.figures;

import java.time.YearMonth;

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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two API clients never overwrite each other: ETag / If-Match, 409, 428, 423. */
@BaophuTest
class FiguresApiTests {

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
		tree = new EntryTestTree("FA", units, targets, figures, YearMonth.of(2024, 3));
		staff = user(new SignedInUser("staff-fa", "x", "Cán bộ", Role.PROVINCIAL_STAFF, tree.province.id(), true));
	}

	@Test
	void theSecondWriterWithAStaleETagGetsAConflictAndNothingIsOverwritten() throws Exception {
		String first = mvc.perform(put("/api/v1/units/FAA/figures/2032-01").with(staff).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 800, \"bhtn\": 90}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bhyt").value(800))
			.andReturn().getResponse().getHeader("ETag");
		assertThat(first).isNotBlank();

		// a second client that also believed the month was empty is refused
		mvc.perform(put("/api/v1/units/FAA/figures/2032-01").with(staff).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 810}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.bhyt").value(800));

		String second = mvc.perform(put("/api/v1/units/FAA/figures/2032-01").with(staff).header("If-Match", first)
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 805, \"bhtn\": 90}"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getHeader("ETag");
		assertThat(second).isNotEqualTo(first);

		mvc.perform(put("/api/v1/units/FAA/figures/2032-01").with(staff).header("If-Match", first)
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 820, \"bhtn\": 90}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/units/FAA/figures/2032-01").with(staff))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", second))
			.andExpect(jsonPath("$.bhyt").value(805));
	}

	@Test
	void aWriteWithoutPreconditionIsRefused() throws Exception {
		mvc.perform(put("/api/v1/units/FAA/figures/2032-02").with(staff).contentType(MediaType.APPLICATION_JSON)
			.content("{\"bhyt\": 800}"))
			.andExpect(status().isPreconditionRequired());
	}

	@Test
	void aClosedMonthRejectsApiWrites() throws Exception {
		months.close(tree.district, YearMonth.of(2032, 3), "test");
		mvc.perform(put("/api/v1/units/FAB/figures/2032-03").with(staff).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 1500}"))
			.andExpect(status().isLocked());
		assertThat(figures.find(java.util.List.of(tree.communeB.id()), java.util.List.of(YearMonth.of(2032, 3)))).isEmpty();
		mvc.perform(get("/api/v1/units/FAD/figures").param("period", "2032-03").with(staff))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.rows", hasSize(2)));
	}

	@Test
	void readersAndStrangersCannotWrite() throws Exception {
		var leader = user(new SignedInUser("leader-fa", "x", "Lãnh đạo", Role.LEADER, tree.province.id(), true));
		var stranger = user(new SignedInUser("other-fa", "x", "Khác", Role.PROVINCIAL_STAFF, -1L, true));
		mvc.perform(put("/api/v1/units/FAA/figures/2032-04").with(leader).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"bhyt\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units/FAA/figures/2032-04").with(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units/FAA/figures/2032-04").with(leader)).andExpect(status().isOk());
	}
}
