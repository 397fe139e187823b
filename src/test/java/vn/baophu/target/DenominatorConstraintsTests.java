package vn.baophu.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitService;

/**
 * The database itself refuses impossible denominators (named CHECK constraints of V4), whatever
 * path writes them. Each statement runs on its own (auto-commit) and fails, so nothing stays.
 */
@BaophuTest
class DenominatorConstraintsTests {

	static final int YEAR = 2091;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitService units;

	@Test
	void zeroDenominatorsAndALabourForceAbovePopulationAreRefusedByName() {
		assertRefused(0L, null, "ck_denominator_population_positive");
		assertRefused(null, 0L, "ck_denominator_labour_force_positive");
		assertRefused(700L, 701L, "ck_denominator_labour_force_within_population");

		insert(700L, 700L);
		assertThat(jdbc.sql("select labour_force from denominator where unit_id = ? and year = ?")
			.params(commune(), YEAR).query(Long.class).single()).isEqualTo(700L);
		jdbc.sql("delete from denominator where unit_id = ? and year = ?").params(commune(), YEAR).update();
	}

	private void assertRefused(Long population, Long labourForce, String constraint) {
		assertThatThrownBy(() -> insert(population, labourForce)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraint);
	}

	private void insert(Long population, Long labourForce) {
		jdbc.sql("insert into denominator (id, unit_id, year, population, labour_force, version) "
				+ "values (nextval('denominator_seq'), ?, ?, ?, ?, 0)")
			.params(commune(), YEAR, population, labourForce)
			.update();
	}

	private long commune() {
		return units.require("29266").id();
	}
}
