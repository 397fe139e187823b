package vn.baophu.dashboard.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.coverage.TargetRate;
import vn.baophu.coverage.YearEndOutlook;
import vn.baophu.dashboard.Card;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.dashboard.RankedUnit;
import vn.baophu.dashboard.Trend;
import vn.baophu.dashboard.Warning;
import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

import static vn.baophu.shared.VietnameseNumbers.round2;

/**
 * The dashboard as JSON, for the API and for the page's charts: rates and points are percentages
 * rounded to two decimals (89.11 = 89,11 %), people are whole numbers, and what cannot be computed is
 * null. Series have twelve entries, January first.
 */
record DashboardJson(UnitJson unit, String period, List<CardJson> cards, TrendJson trend, List<RankedJson> ranking,
		List<OutlookJson> outlook, List<WarningJson> warnings, SettingsJson settings, @Nullable StudentsJson students) {

	static DashboardJson of(Dashboard dashboard) {
		return new DashboardJson(UnitJson.of(dashboard.unit()), dashboard.period().toString(),
				dashboard.cards().stream().map(CardJson::of).toList(), TrendJson.of(dashboard.trend()),
				dashboard.ranking().stream().map(RankedJson::of).toList(),
				dashboard.cards().stream().map(OutlookJson::of).toList(),
				dashboard.warnings().stream().map(WarningJson::of).toList(),
				new SettingsJson(dashboard.settings().dropThresholdPoints(), dashboard.settings().slightlyBehindBand()),
				dashboard.students() == null ? null : StudentsJson.of(dashboard.students()));
	}

	/** Students' BHYT of the newest school year below the unit, with the schools still below 100 %. */
	record StudentsJson(String schoolYear, long students, long insured, long remaining, @Nullable BigDecimal rate,
			List<SchoolBehindJson> behind) {
		static StudentsJson of(vn.baophu.school.SchoolTable table) {
			vn.baophu.school.SchoolRow total = table.total();
			return new StudentsJson(table.schoolYear().toString(), total.students(), total.insured(), total.remaining(),
					vn.baophu.shared.VietnameseNumbers.round2(total.rate()),
					table.behind().stream().map(row -> new SchoolBehindJson(row.school(), row.unitCode(), row.remaining(),
							vn.baophu.shared.VietnameseNumbers.round2(row.rate()))).toList());
		}
	}

	record SchoolBehindJson(@Nullable String school, @Nullable String unitCode, long remaining, @Nullable BigDecimal rate) {
	}

	record UnitJson(String code, String name, String level, boolean leaf) {
		static UnitJson of(UnitRef unit) {
			return new UnitJson(unit.code(), unit.name(), unit.level().name(), unit.leaf());
		}
	}

	record CardJson(Indicator indicator, @Nullable Long denominator, @Nullable Long participants,
			@Nullable BigDecimal coverage, @Nullable BigDecimal target, boolean targetDerived,
			@Nullable BigDecimal achievement, @Nullable Long remaining, @Nullable BigDecimal changePoints,
			@Nullable BigDecimal changePointsSinceDecember, @Nullable Long changePeopleSinceDecember,
			int reportedUnits, int leafUnits, PaceCheck.Standing pace, @Nullable BigDecimal expectedCoverage,
			@Nullable BigDecimal expectedAchievement) {
		static CardJson of(Card card) {
			IndicatorResult r = card.result();
			return new CardJson(card.indicator(), r.denominator(), r.participants(), round2(r.coverage()),
					rate(r.target()), derived(r.target()), round2(r.achievement()), r.remaining(),
					round2(r.changePoints()), round2(r.changePointsSinceDecember()), r.changePeopleSinceDecember(),
					card.reported(), card.leaves(), card.pace().standing(), round2(card.pace().expectedCoverage()),
					round2(card.pace().expectedAchievement()));
		}
	}

	record TrendJson(int year, List<SeriesJson> series) {
		static TrendJson of(Trend trend) {
			return new TrendJson(trend.year(), trend.series().stream().map(SeriesJson::of).toList());
		}
	}

	record SeriesJson(Indicator indicator, @Nullable BigDecimal target, List<@Nullable BigDecimal> thisYear,
			List<@Nullable BigDecimal> lastYear, List<@Nullable Long> participantsThisYear,
			List<@Nullable Long> participantsLastYear) {
		static SeriesJson of(Trend.Series series) {
			return new SeriesJson(series.indicator(), rate(series.target()), rounded(series.thisYear()),
					rounded(series.lastYear()), series.participantsThisYear(), series.participantsLastYear());
		}
	}

	record RankedJson(String code, String name, boolean leaf, int leafUnits, Map<Indicator, RankEntryJson> indicators) {
		static RankedJson of(RankedUnit unit) {
			Map<Indicator, RankEntryJson> entries = new EnumMap<>(Indicator.class);
			unit.indicators().forEach((indicator, entry) -> entries.put(indicator, RankEntryJson.of(entry)));
			return new RankedJson(unit.unit().code(), unit.unit().name(), unit.unit().leaf(), unit.leaves(), entries);
		}
	}

	record RankEntryJson(@Nullable BigDecimal coverage, @Nullable BigDecimal target, @Nullable BigDecimal achievement,
			@Nullable BigDecimal changePoints, @Nullable Long remaining, @Nullable Integer rank, PaceCheck.Standing pace,
			boolean biggestDrop, @Nullable BigDecimal lastYearCoverage, int reportedUnits) {
		static RankEntryJson of(RankedUnit.Entry entry) {
			IndicatorResult r = entry.result();
			return new RankEntryJson(round2(r.coverage()), rate(r.target()), round2(r.achievement()),
					round2(r.changePoints()), r.remaining(), entry.rank(), entry.pace().standing(), entry.biggestDrop(),
					round2(entry.lastYearCoverage()), entry.reported());
		}
	}

	record OutlookJson(Indicator indicator, @Nullable BigDecimal coverage, @Nullable BigDecimal target,
			YearEndOutlook.Verdict verdict, int monthsLeft, @Nullable Integer baselineMonth,
			@Nullable BigDecimal pacePointsPerMonth, @Nullable BigDecimal seasonalCorrectionPoints,
			@Nullable BigDecimal projectedCoverage, @Nullable Long neededPeoplePerMonth,
			@Nullable BigDecimal neededPointsPerMonth) {
		static OutlookJson of(Card card) {
			YearEndOutlook o = card.outlook();
			return new OutlookJson(card.indicator(), round2(card.result().coverage()), rate(card.result().target()),
					o.verdict(), o.monthsLeft(), o.baselineMonth(), round2(o.pacePointsPerMonth()),
					round2(o.seasonalCorrectionPoints()), round2(o.projectedCoverage()), o.neededPeoplePerMonth(),
					round2(o.neededPointsPerMonth()));
		}
	}

	record WarningJson(Warning.Kind kind, String code, String name, List<Indicator> indicators,
			@Nullable BigDecimal coverage, @Nullable BigDecimal referenceCoverage, @Nullable BigDecimal changePoints) {
		static WarningJson of(Warning warning) {
			return new WarningJson(warning.kind(), warning.unit().code(), warning.unit().name(), warning.indicators(),
					round2(warning.coverage()), round2(warning.referenceCoverage()), round2(warning.changePoints()));
		}
	}

	record SettingsJson(BigDecimal dropThresholdPoints, BigDecimal slightlyBehindBand) {
	}

	private static List<@Nullable BigDecimal> rounded(List<@Nullable BigDecimal> values) {
		return values.stream().map(value -> round2(value)).toList();
	}

	private static @Nullable BigDecimal rate(@Nullable TargetRate target) {
		return target == null ? null : round2(target.percent());
	}

	private static boolean derived(@Nullable TargetRate target) {
		return target != null && target.derived();
	}
}
