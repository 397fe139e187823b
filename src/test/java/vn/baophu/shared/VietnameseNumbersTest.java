package vn.baophu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

	private static final String DASH = "—";

	@Nested
	class People {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "0|0", "7|7", "999|999", "1000|1.000", "148806|148.806",
				"1234567|1.234.567", "-75|(75)", "-1234|(1.234)", "-9223372036854775808|(9.223.372.036.854.775.808)" })
		void peopleAreGroupedWithDotsAndNegativesInParentheses(long n, String expected) {
			assertThat(VietnameseNumbers.people(n)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "148806|148,806", "-75|(75)", "-1234|(1,234)", "12|12" })
		void peopleInEnglishAreGroupedWithCommas(long n, String expected) {
			assertThat(VietnameseNumbers.people(n, Locale.ENGLISH)).isEqualTo(expected);
		}

		@Test
		void missingPeopleAreAnEmDash() {
			assertThat(VietnameseNumbers.people(null)).isEqualTo(DASH);
			assertThat(VietnameseNumbers.people(null, Locale.ENGLISH)).isEqualTo(DASH);
		}

		@Test
		void vietnameseLocaleFormatsLikeTheDefault() {
			assertThat(VietnameseNumbers.people(148806L, Locale.forLanguageTag("vi"))).isEqualTo("148.806");
			assertThat(VietnameseNumbers.people(148806L, VietnameseNumbers.VIETNAMESE)).isEqualTo("148.806");
		}

	}

	@Nested
	class Percent {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "93.08437067773167358229598893499308|93,08%", "97.98354808|97,98%",
				"101.025|101,03%", "95|95,00%", "0|0,00%", "-1.25|-1,25%", "-1.245|-1,25%", "-0.004|0,00%",
				"1234.5|1.234,50%", "89.105|89,11%", "89.1049999|89,10%" })
		void percentIsRoundedHalfUpToTwoDecimalsWithComma(String value, String expected) {
			assertThat(VietnameseNumbers.percent(new BigDecimal(value))).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "93.0843|93.08%", "-1.25|-1.25%", "1234.5|1,234.50%" })
		void percentInEnglishUsesDecimalPoint(String value, String expected) {
			assertThat(VietnameseNumbers.percent(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(expected);
		}

		@Test
		void missingPercentIsAnEmDash() {
			assertThat(VietnameseNumbers.percent(null)).isEqualTo(DASH);
			assertThat(VietnameseNumbers.percent(null, Locale.UK)).isEqualTo(DASH);
		}

	}

	@Nested
	class Points {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "1.25|+1,25", "1.245|+1,25", "-0.4|-0,40", "-0.405|-0,41", "0|0,00",
				"0.004|0,00", "-0.004|0,00", "0.005|+0,01", "-5.9396|-5,94", "12|+12,00" })
		void pointsAreAlwaysSignedWithTwoDecimals(String value, String expected) {
			assertThat(VietnameseNumbers.points(new BigDecimal(value))).isEqualTo(expected);
		}

		@Test
		void pointsInEnglishUseDecimalPoint() {
			assertThat(VietnameseNumbers.points(new BigDecimal("1.25"), Locale.ENGLISH)).isEqualTo("+1.25");
			assertThat(VietnameseNumbers.points(new BigDecimal("-0.4"), Locale.ENGLISH)).isEqualTo("-0.40");
		}

		@Test
		void missingPointsAreAnEmDash() {
			assertThat(VietnameseNumbers.points(null)).isEqualTo(DASH);
		}

	}

	@Nested
	class Decimal2 {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "95|95,00", "95.00|95,00", "22.69|22,69", "6.175|6,18", "0.1|0,10",
				"-0.40|-0,40", "1234.567|1.234,57" })
		void decimal2HasTwoDecimalsWithComma(String value, String expected) {
			assertThat(VietnameseNumbers.decimal2(new BigDecimal(value))).isEqualTo(expected);
		}

		@Test
		void decimal2InEnglish() {
			assertThat(VietnameseNumbers.decimal2(new BigDecimal("1234.567"), Locale.US)).isEqualTo("1,234.57");
		}

		@Test
		void missingDecimalIsAnEmDash() {
			assertThat(VietnameseNumbers.decimal2(null)).isEqualTo(DASH);
		}

		@Test
		void round2RoundsHalfUpToScaleTwo() {
			assertThat(VietnameseNumbers.round2(new BigDecimal("93.0843"))).isEqualTo(new BigDecimal("93.08"));
			assertThat(VietnameseNumbers.round2(new BigDecimal("101.025"))).isEqualTo(new BigDecimal("101.03"));
			assertThat(VietnameseNumbers.round2(new BigDecimal("-75.505"))).isEqualTo(new BigDecimal("-75.51"));
			assertThat(VietnameseNumbers.round2(new BigDecimal("95"))).isEqualTo(new BigDecimal("95.00"));
			assertThat(VietnameseNumbers.round2(null)).isNull();
		}

	}

	@Nested
	class ParseCount {

		@ParameterizedTest(name = "\"{0}\" -> {1}")
		@CsvSource(delimiter = '|', value = { "148806|148806", "148.806|148806", "1.234.567|1234567",
				"148 806|148806", "148\u00A0806|148806", "148\u202F806|148806", "1 234\u00A0567|1234567",
				"'  148806  '|148806", "\u00A0148.806\t|148806", "0|0", "007|7", "1.000|1000", "-5|-5",
				"-1.234|-1234", "9223372036854775807|9223372036854775807" })
		void parseCountAcceptsPlainAndGroupedWholeNumbers(String text, long expected) {
			assertThat(VietnameseNumbers.parseCount(text)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "\"{0}\" is rejected")
		@ValueSource(strings = { "", "   ", "\u00A0", "abc", "12a", "12,5", "12,500", "148,806", "12.5", "1.2345",
				"1.23.456", "12.34", "0.500", ".123", "123.", "1..234", "1.234 567", "1 234.567", "12 5", "--5",
				"+5", "- 5", "5-", "1e3", "12%", "9223372036854775808", "١٢٣" })
		void parseCountRejectsDecimalsTextAndBadGrouping(String text) {
			assertThatThrownBy(() -> VietnameseNumbers.parseCount(text)).isInstanceOf(NumberFormatException.class)
				.hasMessageNotContaining("For input string");
		}

		@Test
		void parseCountExplainsInShortEnglish() {
			assertThatThrownBy(() -> VietnameseNumbers.parseCount(" ")).hasMessage("empty");
			assertThatThrownBy(() -> VietnameseNumbers.parseCount("12,5")).hasMessage("not a whole number: '12,5'");
			assertThatThrownBy(() -> VietnameseNumbers.parseCount("99999999999999999999"))
				.hasMessageStartingWith("number too large");
		}

	}

	@Nested
	class ParseRate {

		@ParameterizedTest(name = "\"{0}\" -> {1}")
		@CsvSource(delimiter = '|', value = { "95|95", "95.00|95.00", "95,00|95.00", "95,00%|95.00", "95.5 %|95.5",
				"22,69|22.69", "6.17|6.17", "'  22,69 % '|22.69", "0,5|0.5", "100|100", "0|0", "1.234|1.234",
				"1,234|1.234", "1.234,5|1234.5", "1,234.5|1234.5", "1.234.567,25|1234567.25", "-1,5|-1.5",
				"95\u00A0%|95", "\u00A095,00\u00A0|95.00" })
		void parseRateAcceptsOneDecimalSeparatorAndOptionalPercent(String text, String expected) {
			assertThat(VietnameseNumbers.parseRate(text)).isEqualByComparingTo(expected);
		}

		@Test
		void parseRateKeepsTheScaleAsWritten() {
			assertThat(VietnameseNumbers.parseRate("95,00")).isEqualTo(new BigDecimal("95.00"));
			assertThat(VietnameseNumbers.parseRate("95")).isEqualTo(new BigDecimal("95"));
		}

		@ParameterizedTest(name = "\"{0}\" is rejected")
		@ValueSource(strings = { "", "  ", "%", " % ", "abc", "95a", "95%%", "%95", "95.5.5", "1.234.567", "1,234,567",
				"1.234.5", "1,234,5", "1.234,567.8", "12,34.5", "1.23,5", ",5", ".5", "95.", "95,", "9 5", "95 5",
				"+95", "--5", "1e2", "95 % x" })
		void parseRateRejectsTextAndAmbiguousSeparators(String text) {
			assertThatThrownBy(() -> VietnameseNumbers.parseRate(text)).isInstanceOf(NumberFormatException.class);
		}

		@Test
		void parseRateExplainsInShortEnglish() {
			assertThatThrownBy(() -> VietnameseNumbers.parseRate("%")).hasMessage("empty");
			assertThatThrownBy(() -> VietnameseNumbers.parseRate("abc")).hasMessage("not a rate: 'abc'");
			assertThatThrownBy(() -> VietnameseNumbers.parseRate("1.234.567"))
				.hasMessage("ambiguous separators in rate: '1.234.567'");
		}

	}

}
