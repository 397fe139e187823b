package vn.baophu.target;

import vn.baophu.unit.UnitRef;

/** A row someone else saved since the grid was opened, that this user changed too. */
public record DenominatorConflict(UnitRef unit, DenominatorValues theirs, DenominatorValues mine, long theirVersion) {
}
