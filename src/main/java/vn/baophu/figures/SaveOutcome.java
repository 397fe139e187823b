package vn.baophu.figures;

import java.util.List;

/**
 * What came of saving a grid. Only {@code SAVED} wrote anything; {@code CONFLICT} lists the cells
 * others saved meanwhile, {@code NEEDS_CONFIRMATION} the warnings to confirm with a comment.
 */
public record SaveOutcome(Status status, int savedRows, List<EntryConflict> conflicts,
		List<EntryWarning> warnings) {

	public enum Status {
		SAVED, CONFLICT, NEEDS_CONFIRMATION
	}

	static SaveOutcome saved(int rows) {
		return new SaveOutcome(Status.SAVED, rows, List.of(), List.of());
	}

	static SaveOutcome conflicts(List<EntryConflict> conflicts) {
		return new SaveOutcome(Status.CONFLICT, 0, conflicts, List.of());
	}

	static SaveOutcome needsConfirmation(List<EntryWarning> warnings) {
		return new SaveOutcome(Status.NEEDS_CONFIRMATION, 0, List.of(), warnings);
	}
}
