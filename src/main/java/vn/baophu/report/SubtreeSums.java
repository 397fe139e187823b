package vn.baophu.report;

import org.jspecify.annotations.Nullable;
import vn.baophu.coverage.BhxhCounts;
import vn.baophu.coverage.Counts;

/**
 * Sums over the leaves of one subtree (a child row, or the whole unit for the total row). A sum is
 * null unless every leaf has the value: a parent with a missing child is missing, never a smaller
 * number. {@code fromPredecessors}: last month's or last December's figures of some leaf are those
 * of the units a reform formed it from.
 */
record SubtreeSums(int leaves, Denominators thisYear, Denominators lastYear, Participants now,
		Participants previousMonth, Participants lastDecember, boolean fromPredecessors) {

	record Denominators(@Nullable Long population, @Nullable Long labourForce) {
	}

	record Participants(@Nullable Long bhyt, @Nullable Long bhxhCompulsory, @Nullable Long bhxhVoluntary,
			@Nullable Long bhtn, int bhytReported, int bhxhReported, int bhtnReported) {
	}

	static SubtreeSums empty() {
		Denominators none = new Denominators(null, null);
		Participants nothing = new Participants(null, null, null, null, 0, 0, 0);
		return new SubtreeSums(0, none, none, nothing, nothing, nothing, false);
	}

	Counts bhyt(Participants participants, Denominators denominators) {
		return new Counts(denominators.population(), participants.bhyt());
	}

	Counts bhtn(Participants participants, Denominators denominators) {
		return new Counts(denominators.labourForce(), participants.bhtn());
	}

	BhxhCounts bhxh(Participants participants, Denominators denominators) {
		return new BhxhCounts(denominators.labourForce(), participants.bhxhCompulsory(),
				participants.bhxhVoluntary());
	}
}
