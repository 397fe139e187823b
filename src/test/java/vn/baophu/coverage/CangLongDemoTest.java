package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked example of PRODUCT.md and the demo data of Huyện Càng Long, 30/06/2023
 * (data/demo/cang-long-2023). Expected values were computed independently (by hand and with exact
 * decimal arithmetic outside this code); Huyền Hội and Phương Thạnh match the district plan 295/KH-BCĐ.
 */
class CangLongDemoTest {

	private static final TargetRate BHYT_TARGET = TargetRate.own(new BigDecimal("95.00"));

	/** One commune's inputs: population, BHYT on 31/05 and 30/06, labour force, BHXH bb/tn, BHTN, targets. */
	record Commune(String code, long population, long bhytMay, long bhytJune, long labourForce, long compulsory,
			long voluntary, long bhtn, BigDecimal bhxhTarget, BigDecimal voluntaryTarget, BigDecimal bhtnTarget) {
	}

	private static final List<Commune> COMMUNES = List.of(
			commune("29266, 13737, 12577, 12787, 7006, 1157, 407, 1137, 26.07, 6.70, 18.73"),
			commune("29269, 10854, 9975, 10109, 5536, 621, 229, 601, 20.09, 6.96, 12.14"),
			commune("29272, 7707, 7259, 7397, 3931, 403, 137, 383, 18.75, 5.52, 11.83"),
			commune("29275, 14023, 13394, 13510, 7152, 1206, 225, 1186, 20.98, 4.07, 16.14"),
			commune("29278, 15486, 12265, 12350, 7898, 1144, 378, 1124, 22.88, 6.24, 15.94"),
			commune("29281, 10397, 9208, 9401, 5302, 793, 225, 773, 25.26, 8.05, 16.16"),
			commune("29284, 11619, 10177, 10361, 5926, 820, 317, 800, 22.94, 6.89, 15.12"),
			commune("29287, 14753, 14264, 13388, 7524, 1035, 320, 1015, 23.29, 5.02, 17.65"),
			commune("29290, 12398, 10068, 10170, 6320, 958, 362, 938, 24.79, 7.07, 17.32"),
			commune("29293, 4623, 4104, 4181, 2358, 445, 148, 425, 23.89, 6.49, 16.75"),
			commune("29296, 8792, 7549, 7723, 4484, 720, 184, 700, 23.64, 5.69, 17.62"),
			commune("29299, 6707, 5932, 6059, 3421, 439, 145, 419, 22.57, 6.43, 14.53"),
			commune("29302, 7631, 6829, 6947, 3892, 663, 274, 643, 25.75, 7.55, 16.78"),
			commune("29305, 10079, 8046, 8217, 5140, 437, 146, 417, 15.86, 4.79, 9.94"));

	private static final Map<String, Commune> BY_CODE = COMMUNES.stream()
		.collect(Collectors.toMap(Commune::code, Function.identity()));

	private static Commune commune(String csv) {
		String[] f = csv.split(",\\s*");
		return new Commune(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
				Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
				new BigDecimal(f[8]), new BigDecimal(f[9]), new BigDecimal(f[10]));
	}

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static IndicatorResult bhyt(Commune c) {
		return CoverageRules.indicator(new Counts(c.population(), c.bhytJune()),
				new Counts(c.population(), c.bhytMay()), Counts.missing(), BHYT_TARGET);
	}

	private static BhxhResult bhxh(Commune c) {
		return BhxhResult.of(new BhxhCounts(c.labourForce(), c.compulsory(), c.voluntary()), BhxhCounts.missing(),
				BhxhCounts.missing(), TargetRate.own(c.bhxhTarget()), TargetRate.own(c.voluntaryTarget()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			// code, name, coverage, achievement, remaining, change since May (points), BHXH remaining
			// total / voluntary / compulsory, BHTN remaining
			"29266, Thị trấn Càng Long, 93.08, 97.98, 263, 1.53, 262, 62, 200, 175",
			"29269, Xã Mỹ Cẩm, 93.14, 98.04, 202, 1.23, 262, 156, 106, 71",
			"29272, Xã An Trường A, 95.98, 101.03, -75, 1.79, 197, 80, 117, 82",
			"29275, Xã An Trường, 96.34, 101.41, -188, 0.83, 69, 66, 3, -32",
			"29278, Xã Huyền Hội, 79.75, 83.95, 2362, 0.55, 285, 115, 170, 135",
			"29281, Xã Tân An, 90.42, 95.18, 476, 1.86, 321, 202, 119, 84",
			"29284, Xã Tân Bình, 89.17, 93.87, 677, 1.58, 222, 91, 131, 96",
			"29287, Xã Bình Phú, 90.75, 95.52, 627, -5.94, 397, 58, 339, 313",
			"29290, Xã Phương Thạnh, 82.03, 86.35, 1608, 0.82, 247, 85, 162, 157",
			"29293, Xã Đại Phúc, 90.44, 95.20, 211, 1.67, -30, 5, -35, -30",
			"29296, Xã Đại Phước, 87.84, 92.46, 629, 1.98, 156, 71, 85, 90",
			"29299, Xã Nhị Long Phú, 90.34, 95.09, 313, 1.89, 188, 75, 113, 78",
			"29302, Xã Nhị Long, 91.04, 95.83, 302, 1.55, 65, 20, 45, 10",
			"29305, Xã Đức Mỹ, 81.53, 85.82, 1358, 1.70, 232, 100, 132, 94" })
	void everyCommuneOfCangLongMatchesTheHandCheckedTable(String code, String name, String coverage,
			String achievement, long remaining, String changePoints, long bhxhRemaining, long voluntaryRemaining,
			long compulsoryRemaining, long bhtnRemaining) {
		Commune c = BY_CODE.get(code);

		IndicatorResult bhyt = bhyt(c);
		assertThat(two(bhyt.coverage())).isEqualByComparingTo(coverage);
		assertThat(two(bhyt.achievement())).isEqualByComparingTo(achievement);
		assertThat(bhyt.remaining()).isEqualTo(remaining);
		assertThat(two(bhyt.changePoints())).isEqualByComparingTo(changePoints);

		BhxhResult bhxh = bhxh(c);
		assertThat(bhxh.total().remaining()).isEqualTo(bhxhRemaining);
		assertThat(bhxh.voluntaryPart().remaining()).isEqualTo(voluntaryRemaining);
		assertThat(bhxh.remainingCompulsory()).isEqualTo(compulsoryRemaining);

		IndicatorResult bhtn = CoverageRules.indicator(new Counts(c.labourForce(), c.bhtn()), Counts.missing(),
				Counts.missing(), TargetRate.own(c.bhtnTarget()));
		assertThat(bhtn.remaining()).isEqualTo(bhtnRemaining);
	}

	@Test
	void workedExampleThiTranCangLong() {
		IndicatorResult result = bhyt(BY_CODE.get("29266"));
		assertThat(two(result.coverage())).isEqualByComparingTo("93.08");
		assertThat(two(result.achievement())).isEqualByComparingTo("97.98");
		assertThat(result.remaining()).isEqualTo(263L);
	}

	@Test
	void workedExampleXaAnTruongAExceedsItsTarget() {
		IndicatorResult result = bhyt(BY_CODE.get("29272"));
		assertThat(two(result.coverage())).isEqualByComparingTo("95.98");
		assertThat(two(result.achievement())).isEqualByComparingTo("101.03");
		assertThat(result.remaining()).isEqualTo(-75L);
	}

	@Test
	void workedExampleDistrictIsRecomputedFromTheSumsOfItsCommunes() {
		Long population = CoverageRules.sumIfComplete(COMMUNES.stream().map(c -> (Long) c.population()).toList());
		Long june = CoverageRules.sumIfComplete(COMMUNES.stream().map(c -> (Long) c.bhytJune()).toList());
		Long may = CoverageRules.sumIfComplete(COMMUNES.stream().map(c -> (Long) c.bhytMay()).toList());
		assertThat(population).isEqualTo(148806L);
		assertThat(june).isEqualTo(132600L);

		IndicatorResult district = CoverageRules.indicator(new Counts(population, june), new Counts(population, may),
				Counts.missing(), BHYT_TARGET);

		assertThat(two(district.coverage())).isEqualByComparingTo("89.11");
		assertThat(two(district.achievement())).isEqualByComparingTo("93.80");
		assertThat(district.remaining()).isEqualTo(8766L);
		assertThat(two(district.changePoints())).isEqualByComparingTo("0.64");
	}

	@Test
	void districtCoverageIsNotTheAverageOfCommuneCoverages() {
		BigDecimal average = COMMUNES.stream()
			.map(c -> bhyt(c).coverage())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(COMMUNES.size()), java.math.MathContext.DECIMAL128);
		assertThat(two(average)).isEqualByComparingTo("89.42");
		assertThat(two(CoverageRules.coverage(132600L, 148806L))).isEqualByComparingTo("89.11");
	}

	@Test
	void sumOfCommunesPositiveGapsDiffersFromDistrictRemaining() {
		List<Long> remainings = COMMUNES.stream().map(c -> bhyt(c).remaining()).toList();
		assertThat(CoverageRules.sumOfPositiveGaps(remainings)).isEqualTo(9028L);
		assertThat(CoverageRules.remaining(BHYT_TARGET, 148806L, 132600L)).isEqualTo(8766L);
	}

	@Test
	void districtBhxhUsesItsOwnTargetsAndSums() {
		BhxhCounts district = new BhxhCounts(75890L, 10841L, 3497L);
		BhxhResult result = BhxhResult.of(district, BhxhCounts.missing(), BhxhCounts.missing(),
				TargetRate.own(new BigDecimal("22.69")), TargetRate.own(new BigDecimal("6.17")));

		assertThat(sum(Commune::labourForce)).isEqualTo(75890L);
		assertThat(sum(Commune::compulsory)).isEqualTo(10841L);
		assertThat(sum(Commune::voluntary)).isEqualTo(3497L);
		assertThat(two(result.total().coverage())).isEqualByComparingTo("18.89");
		assertThat(two(result.total().achievement())).isEqualByComparingTo("83.27");
		assertThat(result.total().remaining()).isEqualTo(2881L);
		assertThat(two(result.voluntaryPart().coverage())).isEqualByComparingTo("4.61");
		assertThat(two(result.voluntaryPart().achievement())).isEqualByComparingTo("74.68");
		assertThat(result.voluntaryPart().remaining()).isEqualTo(1185L);
		assertThat(result.remainingCompulsory()).isEqualTo(1696L);
	}

	@Test
	void districtTargetDerivedFromCommunesDiffersFromItsOwnTarget() {
		TargetRate derivedTotal = TargetRate.weightedAverage(
				COMMUNES.stream().map(c -> new WeightedRate(c.bhxhTarget(), c.labourForce())).toList());
		TargetRate derivedVoluntary = TargetRate.weightedAverage(
				COMMUNES.stream().map(c -> new WeightedRate(c.voluntaryTarget(), c.labourForce())).toList());

		assertThat(derivedTotal.derived()).isTrue();
		assertThat(derivedTotal.percent()).isEqualByComparingTo("22.68269310844643563051785478982738");
		assertThat(derivedVoluntary.percent()).isEqualByComparingTo("6.171376597707207800764264066411912");

		BhxhResult result = BhxhResult.of(new BhxhCounts(75890L, 10841L, 3497L), BhxhCounts.missing(),
				BhxhCounts.missing(), derivedTotal, derivedVoluntary);
		assertThat(result.total().target()).isSameAs(derivedTotal);
		assertThat(result.total().remaining()).isEqualTo(2876L); // own target 22,69 %: 2 881
		assertThat(result.voluntaryPart().remaining()).isEqualTo(1186L); // own target 6,17 %: 1 185
		assertThat(result.remainingCompulsory()).isEqualTo(1690L);
	}

	private static long sum(java.util.function.ToLongFunction<Commune> field) {
		return COMMUNES.stream().mapToLong(field).sum();
	}

}
