package vn.baophu.report.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.BhxhResult;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.TargetRate;
import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.unit.UnitRef;

import static vn.baophu.shared.VietnameseNumbers.round2;

/**
 * The gap table as JSON: raw numbers and computed ones as JSON numbers; rates are percentages
 * rounded to two decimals (93.08 = 93,08 %); what cannot be computed is null.
 */
record GapTableJson(UnitJson unit, String period, List<Row> rows, Row total) {

	static GapTableJson of(GapTable table) {
		GapTable.PositiveGaps gaps = table.positiveGaps();
		Row total = Row.of(table.total(), gaps);
		return new GapTableJson(UnitJson.of(table.unit()), table.period().toString(),
				table.rows().stream().map(row -> Row.of(row, null)).toList(), total);
	}

	record UnitJson(String code, String name, String kind, String level, boolean leaf) {
		static UnitJson of(UnitRef unit) {
			return new UnitJson(unit.code(), unit.name(), unit.kind().name(), unit.level().name(), unit.leaf());
		}
	}

	/**
	 * {@code fromPredecessors}: last month's or last December's figures are those of the units a
	 * reform formed this one (or the units below it) from; {@code predecessors}: the units it was formed from.
	 */
	record Row(String code, String name, int leafUnits, Bhyt bhyt, Bhxh bhxh, Bhtn bhtn, boolean fromPredecessors,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> predecessors) {
		static Row of(GapRow row, GapTable.@Nullable PositiveGaps gaps) {
			IndicatorResult bhyt = row.bhyt();
			IndicatorResult bhtn = row.bhtn();
			BhxhResult bhxh = row.bhxh();
			IndicatorResult total = bhxh.total();
			IndicatorResult voluntary = bhxh.voluntaryPart();
			return new Row(row.unit().code(), row.unit().name(), row.leaves(),
					new Bhyt(bhyt.denominator(), bhyt.participants(), round2(bhyt.coverage()), rate(bhyt.target()),
							derived(bhyt.target()), round2(bhyt.achievement()), round2(bhyt.changePoints()),
							bhyt.remaining(), row.bhytReported(), gaps == null ? null : gaps.bhyt()),
					new Bhxh(total.denominator(), bhxh.compulsory(), bhxh.voluntary(), total.participants(),
							round2(total.coverage()), round2(voluntary.coverage()), rate(total.target()),
							rate(voluntary.target()), derived(total.target()) || derived(voluntary.target()),
							round2(total.achievement()), round2(voluntary.achievement()), round2(total.changePoints()),
							bhxh.remainingCompulsory(), voluntary.remaining(), total.remaining(), row.bhxhReported(),
							gaps == null ? null : gaps.bhxh(), gaps == null ? null : gaps.bhxhCompulsory(),
							gaps == null ? null : gaps.bhxhVoluntary()),
					new Bhtn(bhtn.denominator(), bhtn.participants(), round2(bhtn.coverage()), rate(bhtn.target()),
							derived(bhtn.target()), round2(bhtn.achievement()), round2(bhtn.changePoints()),
							bhtn.remaining(), row.bhtnReported(), gaps == null ? null : gaps.bhtn()),
					row.fromPredecessors(), row.predecessors().stream().map(UnitRef::code).toList());
		}
	}

	record Bhyt(@Nullable Long population, @Nullable Long participants, @Nullable BigDecimal coverage,
			@Nullable BigDecimal target, boolean targetDerived, @Nullable BigDecimal achievement,
			@Nullable BigDecimal changePoints, @Nullable Long remaining, int reportedUnits,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long sumOfPositiveGaps) {
	}

	record Bhxh(@Nullable Long labourForce, @Nullable Long compulsory, @Nullable Long voluntary,
			@Nullable Long participants, @Nullable BigDecimal coverage, @Nullable BigDecimal voluntaryCoverage,
			@Nullable BigDecimal target, @Nullable BigDecimal voluntaryTarget, boolean targetDerived,
			@Nullable BigDecimal achievement, @Nullable BigDecimal voluntaryAchievement,
			@Nullable BigDecimal changePoints, @Nullable Long remainingCompulsory, @Nullable Long remainingVoluntary,
			@Nullable Long remaining, int reportedUnits,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long sumOfPositiveGaps,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long sumOfPositiveGapsCompulsory,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long sumOfPositiveGapsVoluntary) {
	}

	record Bhtn(@Nullable Long labourForce, @Nullable Long participants, @Nullable BigDecimal coverage,
			@Nullable BigDecimal target, boolean targetDerived, @Nullable BigDecimal achievement,
			@Nullable BigDecimal changePoints, @Nullable Long remaining, int reportedUnits,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long sumOfPositiveGaps) {
	}

	private static @Nullable BigDecimal rate(@Nullable TargetRate target) {
		return target == null ? null : round2(target.percent());
	}

	private static boolean derived(@Nullable TargetRate target) {
		return target != null && target.derived();
	}
}
