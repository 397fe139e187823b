package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.shared.Indicator;
import vn.baophu.target.TargetService;
import vn.baophu.target.TargetValue;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/** targets: {@code unit_code,year,indicator,rate[,decision]}, the rate in percent; for units of any level. */
@Component
@RequiredArgsConstructor
class TargetsCheck implements KindCheck {

	static final int DECISION_LENGTH = 500;

	private final UnitService units;
	private final TargetService targets;

	@Override
	public Checked check(Table table, ImportContext context) {
		UnitRows<TargetValue> rows = UnitRows.read(table, units, (check, row, known, keys) -> {
			Integer year = check.year("year");
			UnitRef unit = check.unitInYear("unit_code", known, year, false);
			Indicator indicator = indicator(check);
			BigDecimal rate = check.rate("rate");
			String decision = check.text("decision", false, DECISION_LENGTH);
			if (unit != null && year != null && indicator != null) {
				keys.firstTime(check, "unit_code", unit.code() + ", " + year + ", " + indicator);
			}
			return () -> new TargetValue(unit.id(), year, indicator, rate, decision);
		});
		return rows.checked(user -> targets.saveTargets(rows.values()));
	}

	private static @Nullable Indicator indicator(RowCheck check) {
		String code = check.text("indicator", true, Integer.MAX_VALUE);
		if (code == null) {
			return null;
		}
		Indicator indicator = Indicator.fromCode(code).orElse(null);
		if (indicator == null) {
			check.error("indicator", "import.error.indicator", code);
		}
		return indicator;
	}
}
