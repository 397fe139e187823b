package vn.baophu.school;

import java.util.List;

import vn.baophu.unit.UnitRef;

/**
 * The appendix of a unit for a school year: the latest snapshot of every school in its subtree,
 * those at 100 % first, then by rate, highest first (as the published appendix orders them), and the
 * total row, the sums over the schools.
 */
public record SchoolTable(UnitRef unit, List<UnitRef> lineage, SchoolYear schoolYear, List<SchoolRow> rows,
		SchoolRow total) {

	/** The schools below 100 %, the lowest rate first: those that still have students to insure. */
	public List<SchoolRow> behind() {
		return rows.stream().filter(row -> row.remaining() > 0).sorted((a, b) -> a.rate().compareTo(b.rate())).toList();
	}
}
