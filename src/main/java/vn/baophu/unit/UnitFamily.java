package vn.baophu.unit;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A unit with what a table of it needs from the tree, read in one statement: its ancestors (the
 * breadcrumb, root first, the unit last), all its children by code, and which of the unit and its
 * children a reform formed (only those have predecessors to look up).
 */
public record UnitFamily(UnitRef unit, List<UnitRef> lineage, List<UnitRef> children, Set<Long> formedByReform) {

	/** The children that exist at the end of the month: the rows of the unit's tables for that month. */
	public List<UnitRef> children(YearMonth period) {
		return children.stream().filter(child -> child.existsIn(period)).toList();
	}

	/** Of the unit and these of its children, the ones a reform formed. */
	public List<UnitRef> formedAmong(List<UnitRef> children) {
		return Stream.concat(Stream.of(unit), children.stream())
			.filter(member -> formedByReform.contains(member.id()))
			.toList();
	}
}
