package vn.baophu.school;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.CoverageRules;

/**
 * One row of the appendix (a school), or its total row ({@code school} and {@code level} null):
 * insured = through another group + at school, remaining = students − insured, rate = insured /
 * students × 100 unrounded (shown to two decimals, half up).
 */
public record SchoolRow(@Nullable String school, @Nullable SchoolLevel level, @Nullable String unitCode,
		long students, long insuredOtherGroup, long insuredAtSchool) {

	public long insured() {
		return insuredOtherGroup + insuredAtSchool;
	}

	public long remaining() {
		return students - insured();
	}

	public @Nullable BigDecimal rate() {
		return CoverageRules.coverage(insured(), students);
	}

	/** At 100 %: nothing left to insure. */
	public boolean complete() {
		return students > 0 && remaining() == 0;
	}
}
