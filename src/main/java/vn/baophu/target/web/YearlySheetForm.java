package vn.baophu.target.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/**
 * A yearly grid as the browser sends it: per row the unit, what the grid showed when it was opened
 * (hidden) and the cells as typed; the row's shape is the grid's own.
 */
@Getter
@Setter
abstract class YearlySheetForm<R extends YearlySheetForm.Row> {

	@Valid
	private List<R> rows = new ArrayList<>();

	/** The last field of the form: missing when the request was cut short, so nothing is saved. */
	@AssertTrue(message = "{target.error.incomplete}")
	private boolean complete;

	@Getter
	@Setter
	abstract static class Row {

		@NotNull
		private @Nullable Long unitId;
	}

	List<@Nullable Long> unitIds() {
		return rows.stream().map(Row::getUnitId).toList();
	}

	/** After a conflict: the rows keep what this user typed, and now stand on the other user's save. */
	<C> void takeTheirs(List<C> conflicts, Function<C, Long> unitId, BiConsumer<R, C> take) {
		Map<Long, C> byUnit = new HashMap<>();
		conflicts.forEach(conflict -> byUnit.put(unitId.apply(conflict), conflict));
		for (R row : rows) {
			C conflict = row.getUnitId() == null ? null : byUnit.get(row.getUnitId());
			if (conflict != null) {
				take.accept(row, conflict);
			}
		}
	}
}
