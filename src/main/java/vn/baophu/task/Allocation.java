package vn.baophu.task;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * What a target-allocation task gives a unit: people to enrol per scheme (null = nothing allocated for
 * that scheme) and the participants it had in the month of the gap table it was allocated from.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Allocation {

	/** The first day of the gap table's month. */
	@Column(name = "allocation_period")
	private LocalDate period;

	@Column(name = "allocated_bhyt")
	private @Nullable Long allocatedBhyt;

	@Column(name = "allocated_bhxh_compulsory")
	private @Nullable Long allocatedCompulsory;

	@Column(name = "allocated_bhxh_voluntary")
	private @Nullable Long allocatedVoluntary;

	@Column(name = "allocated_bhtn")
	private @Nullable Long allocatedBhtn;

	@Column(name = "baseline_bhyt")
	private @Nullable Long baselineBhyt;

	@Column(name = "baseline_bhxh_compulsory")
	private @Nullable Long baselineCompulsory;

	@Column(name = "baseline_bhxh_voluntary")
	private @Nullable Long baselineVoluntary;

	@Column(name = "baseline_bhtn")
	private @Nullable Long baselineBhtn;

	Allocation(LocalDate period, SchemeCounts allocated, SchemeCounts baseline) {
		this.period = period;
		this.allocatedBhyt = allocated.bhyt();
		this.allocatedCompulsory = allocated.bhxhCompulsory();
		this.allocatedVoluntary = allocated.bhxhVoluntary();
		this.allocatedBhtn = allocated.bhtn();
		this.baselineBhyt = baseline.bhyt();
		this.baselineCompulsory = baseline.bhxhCompulsory();
		this.baselineVoluntary = baseline.bhxhVoluntary();
		this.baselineBhtn = baseline.bhtn();
	}

	SchemeCounts allocated() {
		return new SchemeCounts(allocatedBhyt, allocatedCompulsory, allocatedVoluntary, allocatedBhtn);
	}

	SchemeCounts baseline() {
		return new SchemeCounts(baselineBhyt, baselineCompulsory, baselineVoluntary, baselineBhtn);
	}
}
