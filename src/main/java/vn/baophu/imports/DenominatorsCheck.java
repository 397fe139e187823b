package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/**
 * denominators: {@code unit_code,year,population,labour_force[,source]}, for units without
 * children only (a parent's denominators are the sums of its children's). An empty cell is "not given";
 * a given one is above zero, and the labour force is not above the population.
 */
@Component
@RequiredArgsConstructor
class DenominatorsCheck implements KindCheck {

	static final int SOURCE_LENGTH = 500;

	private final UnitService units;
	private final TargetService targets;

	/** Population and labour force above zero, and the labour force not above the population. */
	static void possible(RowCheck check, @Nullable Long population, @Nullable Long labourForce) {
		if (population != null && population == 0) {
			check.error("population", "import.error.notPositive", population);
		}
		if (labourForce != null && labourForce == 0) {
			check.error("labour_force", "import.error.notPositive", labourForce);
		}
		if (population != null && labourForce != null && population > 0 && labourForce > population) {
			check.error("labour_force", "import.error.labourForceAbovePopulation", labourForce, population);
		}
	}

	@Override
	public Checked check(Table table, ImportContext context) {
		UnitRows<DenominatorValues> rows = UnitRows.read(table, units, (check, row, known, keys) -> {
			Integer year = check.year("year");
			UnitRef unit = check.unitInYear("unit_code", known, year, true);
			Long population = check.count("population", false);
			Long labourForce = check.count("labour_force", false);
			String source = check.text("source", false, SOURCE_LENGTH);
			possible(check, population, labourForce);
			if (unit != null && year != null) {
				keys.firstTime(check, "unit_code", unit.code() + ", " + year);
			}
			return () -> new DenominatorValues(unit.id(), year, population, labourForce, source);
		});
		return rows.checked(user -> targets.saveDenominators(rows.values()));
	}
}
