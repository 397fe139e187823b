package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** BHXH total = bắt buộc + tự nguyện; remaining_compulsory = remaining_total − remaining_voluntary. */
class BhxhResultTest {

	private static final TargetRate TOTAL_TARGET = TargetRate.own(new BigDecimal("26.07"));

	private static final TargetRate VOLUNTARY_TARGET = TargetRate.own(new BigDecimal("6.70"));

	/** Thị trấn Càng Long (29266), 30/06/2023. */
	private static final BhxhCounts JUNE = new BhxhCounts(7006L, 1157L, 407L);

	private static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	@Test
	void totalIsCompulsoryPlusVoluntaryOverLabourForce() {
		BhxhResult result = BhxhResult.of(JUNE, BhxhCounts.missing(), BhxhCounts.missing(), TOTAL_TARGET,
				VOLUNTARY_TARGET);

		assertThat(result.compulsory()).isEqualTo(1157L);
		assertThat(result.voluntary()).isEqualTo(407L);
		assertThat(result.total().denominator()).isEqualTo(7006L);
		assertThat(result.total().participants()).isEqualTo(1564L);
		assertThat(result.total().target()).isEqualTo(TOTAL_TARGET);
		// 1 564 / 7 006 = 22,3237… %; 22,3237 / 26,07 = 85,63 %
		assertThat(result.total().coverage()).isEqualByComparingTo("22.32372252355124179274907222380816");
		assertThat(two(result.total().achievement())).isEqualByComparingTo("85.63");
	}

	@Test
	void voluntaryPartUsesTheVoluntaryCountAndTarget() {
		BhxhResult result = BhxhResult.of(JUNE, BhxhCounts.missing(), BhxhCounts.missing(), TOTAL_TARGET,
				VOLUNTARY_TARGET);

		assertThat(result.voluntaryPart().denominator()).isEqualTo(7006L);
		assertThat(result.voluntaryPart().participants()).isEqualTo(407L);
		assertThat(result.voluntaryPart().target()).isEqualTo(VOLUNTARY_TARGET);
		// 407 / 7 006 = 5,8093… %; 5,8093 / 6,70 = 86,71 %
		assertThat(result.voluntaryPart().coverage()).isEqualByComparingTo("5.809306308878104481872680559520411");
		assertThat(two(result.voluntaryPart().achievement())).isEqualByComparingTo("86.71");
	}

	@Test
	void remainingCompulsoryIsRemainingTotalMinusRemainingVoluntary() {
		BhxhResult result = BhxhResult.of(JUNE, BhxhCounts.missing(), BhxhCounts.missing(), TOTAL_TARGET,
				VOLUNTARY_TARGET);

		// 26,07 % × 7 006 − 1 564 = 262,4642 → 262; 6,70 % × 7 006 − 407 = 62,402 → 62
		assertThat(result.total().remaining()).isEqualTo(262L);
		assertThat(result.voluntaryPart().remaining()).isEqualTo(62L);
		assertThat(result.remainingCompulsory()).isEqualTo(200L);
	}

	@Test
	void remainingCompulsoryMatchesThePublishedPlanForHuyenHoi() {
		// Kế hoạch 295/KH-BCĐ: Huyền Hội still to enrol 170 bắt buộc and 115 tự nguyện
		BhxhResult result = BhxhResult.of(new BhxhCounts(7898L, 1144L, 378L), BhxhCounts.missing(),
				BhxhCounts.missing(), TargetRate.own(new BigDecimal("22.88")), TargetRate.own(new BigDecimal("6.24")));
		assertThat(result.total().remaining()).isEqualTo(285L);
		assertThat(result.voluntaryPart().remaining()).isEqualTo(115L);
		assertThat(result.remainingCompulsory()).isEqualTo(170L);
	}

	@Test
	void remainingCompulsoryIsNegativeWhenTotalExceededButVoluntaryLags() {
		// Xã Đại Phúc: total −29,6638 → −30, voluntary 5,0342 → 5
		BhxhResult result = BhxhResult.of(new BhxhCounts(2358L, 445L, 148L), BhxhCounts.missing(),
				BhxhCounts.missing(), TargetRate.own(new BigDecimal("23.89")), TargetRate.own(new BigDecimal("6.49")));
		assertThat(result.total().remaining()).isEqualTo(-30L);
		assertThat(result.voluntaryPart().remaining()).isEqualTo(5L);
		assertThat(result.remainingCompulsory()).isEqualTo(-35L);
	}

	@Test
	void changesAreComputedForTotalAndVoluntaryFromTheirOwnMonths() {
		BhxhCounts may = new BhxhCounts(7006L, 1100L, 400L); // total 1 500
		BhxhCounts december = new BhxhCounts(7000L, 1000L, 400L); // total 1 400, last year's labour force
		BhxhResult result = BhxhResult.of(JUNE, may, december, TOTAL_TARGET, VOLUNTARY_TARGET);

		// (1 564 − 1 500) / 7 006 = 0,9135 points
		assertThat(two(result.total().changePoints())).isEqualByComparingTo("0.91");
		assertThat(result.total().changePeopleSinceDecember()).isEqualTo(164L);
		// 22,3237 − 20,0000
		assertThat(two(result.total().changePointsSinceDecember())).isEqualByComparingTo("2.32");
		assertThat(two(result.voluntaryPart().changePoints())).isEqualByComparingTo("0.10");
		assertThat(result.voluntaryPart().changePeopleSinceDecember()).isEqualTo(7L);
	}

	@Test
	void missingVoluntaryLeavesTotalAndCompulsoryRemainingEmpty() {
		BhxhResult result = BhxhResult.of(new BhxhCounts(7006L, 1157L, null), BhxhCounts.missing(),
				BhxhCounts.missing(), TOTAL_TARGET, VOLUNTARY_TARGET);

		assertThat(result.compulsory()).isEqualTo(1157L);
		assertThat(result.total().participants()).isNull();
		assertThat(result.total().coverage()).isNull();
		assertThat(result.total().remaining()).isNull();
		assertThat(result.voluntaryPart().remaining()).isNull();
		assertThat(result.remainingCompulsory()).isNull();
	}

	@Test
	void missingCompulsoryStillComputesTheVoluntaryPart() {
		BhxhResult result = BhxhResult.of(new BhxhCounts(7006L, null, 407L), BhxhCounts.missing(),
				BhxhCounts.missing(), TOTAL_TARGET, VOLUNTARY_TARGET);

		assertThat(result.total().participants()).isNull();
		assertThat(result.total().remaining()).isNull();
		assertThat(result.voluntaryPart().remaining()).isEqualTo(62L);
		assertThat(result.remainingCompulsory()).isNull();
	}

	@Test
	void missingVoluntaryTargetLeavesCompulsoryRemainingEmpty() {
		BhxhResult result = BhxhResult.of(JUNE, BhxhCounts.missing(), BhxhCounts.missing(), TOTAL_TARGET, null);

		assertThat(result.total().remaining()).isEqualTo(262L);
		assertThat(result.voluntaryPart().remaining()).isNull();
		assertThat(result.voluntaryPart().achievement()).isNull();
		assertThat(result.remainingCompulsory()).isNull();
	}

	@Test
	void missingMonthGivesNothing() {
		BhxhResult result = BhxhResult.of(BhxhCounts.missing(), JUNE, JUNE, TOTAL_TARGET, VOLUNTARY_TARGET);

		assertThat(result.compulsory()).isNull();
		assertThat(result.voluntary()).isNull();
		assertThat(result.total().missing()).isTrue();
		assertThat(result.total().coverage()).isNull();
		assertThat(result.total().changePoints()).isNull();
		assertThat(result.voluntaryPart().missing()).isTrue();
		assertThat(result.remainingCompulsory()).isNull();
	}

	@Test
	void bhxhCountsTotalNeedsBothParts() {
		assertThat(JUNE.total()).isEqualTo(1564L);
		assertThat(new BhxhCounts(1L, 1L, null).total()).isNull();
		assertThat(BhxhCounts.missing().totalCounts()).isEqualTo(Counts.missing());
		assertThat(JUNE.voluntaryCounts()).isEqualTo(new Counts(7006L, 407L));
	}

}
