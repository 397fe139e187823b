package vn.baophu.target;

import java.util.List;

/**
 * What came of saving a grid: the rows saved, or the conflicts that kept anything from being saved
 * (rows others saved since the grid was opened and this user changed too).
 */
public record SheetOutcome<C>(int savedRows, List<C> conflicts) {

	public SheetOutcome {
		conflicts = List.copyOf(conflicts);
	}

	static <C> SheetOutcome<C> saved(int rows) {
		return new SheetOutcome<>(rows, List.of());
	}

	static <C> SheetOutcome<C> refused(List<C> conflicts) {
		return new SheetOutcome<>(0, conflicts);
	}

	public boolean saved() {
		return conflicts.isEmpty();
	}
}
