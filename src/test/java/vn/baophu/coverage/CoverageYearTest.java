package vn.baophu.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CoverageYearTest {

	@Test
	void monthZeroIsDecemberOfTheYearBeforeAndMissingMonthsAreNull() {
		CoverageYear year = CoverageYear.of(new BigDecimal("80"), null, new BigDecimal("81"));

		assertThat(year.at(0)).isEqualByComparingTo("80");
		assertThat(year.at(1)).isNull();
		assertThat(year.at(2)).isEqualByComparingTo("81");
		assertThat(year.at(12)).isNull();
		assertThat(year.januaryToDecember()).hasSize(12).startsWith(null, new BigDecimal("81"));
	}

	@Test
	void theBaselineIsDecemberWhenPresentElseTheFirstMonthWithFigures() {
		assertThat(CoverageYear.of(new BigDecimal("80"), null, new BigDecimal("81")).baseline(6)).isZero();
		assertThat(CoverageYear.of(null, null, new BigDecimal("81"), new BigDecimal("82")).baseline(6)).isEqualTo(2);
		assertThat(CoverageYear.of(null, null, null, new BigDecimal("82")).baseline(2)).isEqualTo(-1);
		assertThat(CoverageYear.empty().baseline(12)).isEqualTo(-1);
	}

	@Test
	void hasExactlyThirteenMonths() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoverageYear(Arrays.asList(new BigDecimal[12])));
		assertThatIllegalArgumentException().isThrownBy(() -> CoverageYear.of(null, new BigDecimal[13]));
		assertThatIllegalArgumentException().isThrownBy(() -> CoverageYear.empty().at(13));
	}
}
