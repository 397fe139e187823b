package vn.baophu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;

/**
 * The unit with its children and breadcrumb in one statement ({@link UnitService#requireVisibleFamily})
 * gives what the separate look-ups give, across the demo reform of 1/7/2025, where codes name an old
 * and a new unit.
 */
@BaophuTest
@Transactional
class UnitFamilyTests {

	static final SignedInUser ADMINISTRATOR = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);

	static final YearMonth BEFORE = YearMonth.of(2023, 6);

	static final YearMonth AFTER = YearMonth.of(2025, 7);

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@BeforeEach
	void reform() throws Exception {
		mvc.perform(post("/api/v1/import/reform?effective=2025-07-01").with(httpBasic("admin", "admin"))
			.contentType("text/csv")
			.content(ReformDemoData.REFORM_CSV.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}

	@Test
	void theFamilyIsWhatTheSeparateLookUpsGive() {
		// The district and the commune 29269 are gone after the reform (see below); 29266 names the old
		// commune before it and the new one, formed from it and others, after.
		for (String code : List.of("844", "29266", "29269")) {
			assertSameAsSeparateLookUps(code, BEFORE);
			assertSameAsSeparateLookUps(code, null);
		}
		assertSameAsSeparateLookUps("29266", AFTER);
		assertSameAsSeparateLookUps(units.lineage(units.require("29266", AFTER)).get(0).code(), AFTER); // the province
	}

	@Test
	void aCodeNamesTheUnitOfTheMonthAsked() {
		UnitFamily before = units.requireVisibleFamily("29266", BEFORE, ADMINISTRATOR);
		UnitFamily after = units.requireVisibleFamily("29266", AFTER, ADMINISTRATOR);

		assertThat(before.unit().id()).isNotEqualTo(after.unit().id());
		assertThat(before.unit().closedFrom()).isNotNull();
		assertThat(after.unit().closedFrom()).isNull();
		assertThat(after.formedByReform()).contains(after.unit().id());
		assertThat(before.formedByReform()).doesNotContain(before.unit().id());
		assertThat(after.formedAmong(List.of())).containsExactly(after.unit());
	}

	@Test
	void aCodeWithoutAUnitThatMonthOrOutsideTheUsersSubtreeIsRefused() {
		assertThatThrownBy(() -> units.requireVisibleFamily("29269", AFTER, ADMINISTRATOR))
			.isInstanceOf(UnitNotFoundException.class);
		assertThatThrownBy(() -> units.requireVisibleFamily("844", AFTER, ADMINISTRATOR))
			.isInstanceOf(UnitNotFoundException.class);
		assertThatThrownBy(() -> units.requireVisibleFamily("no-such-code", null, ADMINISTRATOR))
			.isInstanceOf(UnitNotFoundException.class);
		UnitRef commune = units.require("29269", BEFORE);
		SignedInUser leaderOfAnother = new SignedInUser("leader", "x", "Lãnh đạo", Role.LEADER, commune.id(), true);
		assertThatThrownBy(() -> units.requireVisibleFamily("844", BEFORE, leaderOfAnother))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void assertSameAsSeparateLookUps(String code, @Nullable YearMonth period) {
		UnitRef unit = units.requireVisible(code, period, ADMINISTRATOR);
		UnitFamily family = units.requireVisibleFamily(code, period, ADMINISTRATOR);
		String what = code + " in " + period;

		assertThat(family.unit()).as(what).isEqualTo(unit);
		assertThat(family.lineage()).as(what).isEqualTo(units.lineage(unit));
		assertThat(family.children()).as(what).isEqualTo(units.children(unit));
		assertThat(units.family(unit)).as(what).isEqualTo(family);
		if (period != null) {
			assertThat(family.children(period)).as(what).isEqualTo(units.children(unit, period));
		}
		List<UnitRef> members = new java.util.ArrayList<>(units.children(unit));
		assertThat(units.predecessors(family.formedAmong(members))).as(what)
			.isEqualTo(units.predecessors(java.util.stream.Stream.concat(java.util.stream.Stream.of(unit), members.stream()).toList()));
	}
}
