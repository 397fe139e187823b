package vn.baophu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One changed cell: which unit, month and column ({@code bhyt}, {@code bhxh_bb}, {@code bhxh_tn},
 * {@code bhtn}), the value before and after (null = not reported), who, when and why.
 */
public record FigureChange(String unitCode, String unitName, String period, String column, @Nullable Long before,
		@Nullable Long after, @Nullable String username, Instant at, @Nullable String comment) {
}
