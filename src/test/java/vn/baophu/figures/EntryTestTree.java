package vn.baophu.figures;

import java.time.YearMonth;
import java.util.List;

import vn.baophu.target.DenominatorValues;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/**
 * A small tree of its own for each test class that commits (entry saves, closing, audit): a
 * province, a district and two communes with codes prefixed by the class's own prefix.
 */
final class EntryTestTree {

	final UnitRef province;
	final UnitRef district;
	final UnitRef communeA;
	final UnitRef communeB;

	EntryTestTree(String prefix, UnitService units, TargetService targets, FiguresService figures, YearMonth month) {
		if (units.findByCode(prefix + "P").isEmpty()) {
			units.save(List.of(new UnitDraft(2, prefix + "P", "Tỉnh " + prefix, UnitKind.TINH, null),
					new UnitDraft(3, prefix + "D", "Huyện " + prefix, UnitKind.HUYEN, prefix + "P"),
					new UnitDraft(4, prefix + "A", "Xã Ái " + prefix, UnitKind.XA, prefix + "D"),
					new UnitDraft(5, prefix + "B", "Xã Bé " + prefix, UnitKind.XA, prefix + "D")));
			long a = units.require(prefix + "A").id();
			long b = units.require(prefix + "B").id();
			targets.saveDenominators(List.of(new DenominatorValues(a, month.getYear(), 1000L, 500L, "test"),
					new DenominatorValues(b, month.getYear(), 2000L, 1000L, "test")));
			figures.save(List.of(new MonthlyCounts(a, month.minusMonths(1), 800L, 100L, 20L, 90L),
					new MonthlyCounts(b, month.minusMonths(1), 1500L, 200L, 40L, 180L)), "test");
		}
		province = units.require(prefix + "P");
		district = units.require(prefix + "D");
		communeA = units.require(prefix + "A");
		communeB = units.require(prefix + "B");
	}
}
