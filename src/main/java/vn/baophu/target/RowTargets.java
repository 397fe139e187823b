package vn.baophu.target;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.Indicator;

/**
 * The target rates (percent) of one unit and year, one per indicator (null = none set), and the
 * decision that set them.
 */
public record RowTargets(@Nullable BigDecimal bhyt, @Nullable BigDecimal bhxh, @Nullable BigDecimal bhxhVoluntary,
		@Nullable BigDecimal bhtn, @Nullable String decision) {

	public static final RowTargets NONE = new RowTargets(null, null, null, null, null);

	public @Nullable BigDecimal rate(Indicator indicator) {
		return switch (indicator) {
			case BHYT -> bhyt;
			case BHXH -> bhxh;
			case BHXH_TN -> bhxhVoluntary;
			case BHTN -> bhtn;
		};
	}

	/** Same rates (95.00 and 95 are the same) and the same decision. */
	public boolean sameAs(RowTargets other) {
		for (Indicator indicator : Indicator.values()) {
			BigDecimal mine = rate(indicator);
			BigDecimal theirs = other.rate(indicator);
			if (mine == null ? theirs != null : theirs == null || mine.compareTo(theirs) != 0) {
				return false;
			}
		}
		return Objects.equals(decision, other.decision);
	}

	/** The decision shown for a row is the first one set, in the order of the indicators. */
	static RowTargets of(Map<Indicator, Target> targets) {
		String decision = null;
		for (Indicator indicator : Indicator.values()) {
			Target target = targets.get(indicator);
			if (decision == null && target != null) {
				decision = target.getDecision();
			}
		}
		return new RowTargets(rate(targets, Indicator.BHYT), rate(targets, Indicator.BHXH),
				rate(targets, Indicator.BHXH_TN), rate(targets, Indicator.BHTN), decision);
	}

	private static @Nullable BigDecimal rate(Map<Indicator, Target> targets, Indicator indicator) {
		Target target = targets.get(indicator);
		return target == null ? null : target.getRate();
	}
}
