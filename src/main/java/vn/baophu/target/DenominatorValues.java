package vn.baophu.target;

import org.jspecify.annotations.Nullable;

/** Denominators of one unit and year; null = not given. */
public record DenominatorValues(long unitId, int year, @Nullable Long population, @Nullable Long labourForce,
		@Nullable String source) {
}
