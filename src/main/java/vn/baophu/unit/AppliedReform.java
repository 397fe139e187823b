package vn.baophu.unit;

import java.time.Instant;
import java.time.LocalDate;

/** A reform applied: its day, file, who applied it and when, how many units it formed and closed. */
public record AppliedReform(long id, LocalDate effective, String fileName, String appliedBy, Instant appliedAt,
		int formed, int closed) {
}
