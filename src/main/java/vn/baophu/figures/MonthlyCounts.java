package vn.baophu.figures;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** Participants of one leaf unit as of a month's end; null = not reported (never zero). */
public record MonthlyCounts(long unitId, YearMonth period, @Nullable Long bhyt, @Nullable Long bhxhCompulsory,
		@Nullable Long bhxhVoluntary, @Nullable Long bhtn) {
}
