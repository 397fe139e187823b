package vn.baophu.task;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A target-allocation task's progress: allocated from the gap table of {@code period}, measured
 * against the latest month with figures ({@code asOf}; null when none), per allocated scheme.
 */
public record AllocationProgress(YearMonth period, @Nullable YearMonth asOf, List<SchemeProgress> schemes) {
}
