package vn.baophu.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A unit a search found: its code, name and level, its parent's name, and when it existed. */
public record UnitMatch(String code, String name, UnitLevel level, @Nullable String parentName,
		@Nullable LocalDate openedFrom, @Nullable LocalDate closedFrom) {
}
