package vn.baophu.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Works out, before anything is saved, what a reform file does on its effective day: which units
 * close (each old unit named, and every unit below an old unit that closes), which open (each new
 * unit, from the rows naming it, with its predecessors and shares) and where the new units go. Every
 * rule is checked here; the problems name the row and field.
 */
final class ReformPlan {

	/** A unit the reform forms, with the rows that name it (first row's name, kind and parent). */
	record NewUnit(String code, String name, UnitKind kind, @Nullable String parentCode, UnitLevel level,
			Map<String, BigDecimal> shares, int row) {
	}

	/** What the plan needs to know of the saved tree. */
	interface Tree {

		/** The units with these codes that exist on that day. */
		Map<String, UnitRef> existingOn(Set<String> codes, LocalDate day);

		/** Every unit each of these codes has named. */
		UnitsByCode versions(Set<String> codes);

		/** The units without children below this one that exist on that day. */
		List<UnitRef> leavesOn(UnitRef unit, LocalDate day);
	}

	private final LocalDate effective;
	private final List<UnitProblem> problems = new ArrayList<>();
	private final Map<String, NewUnit> newUnits = new LinkedHashMap<>();
	private final Map<String, UnitRef> closing;

	ReformPlan(List<ReformRow> rows, LocalDate effective, Tree tree) {
		this.effective = effective;
		LocalDate dayBefore = effective.minusDays(1);
		Set<String> oldCodes = new HashSet<>();
		Set<String> newCodes = new HashSet<>();
		Set<String> parentCodes = new HashSet<>();
		for (ReformRow row : rows) {
			oldCodes.add(row.oldCode());
			newCodes.add(row.newCode());
			if (row.newParentCode() != null) {
				parentCodes.add(row.newParentCode());
			}
		}
		this.closing = tree.existingOn(oldCodes, dayBefore);
		Map<String, BigDecimal> sharesOfOld = new LinkedHashMap<>();
		Map<String, Integer> firstRowOfOld = new LinkedHashMap<>();
		Map<String, Map<String, BigDecimal>> sharesOfNew = new LinkedHashMap<>();
		Set<String> pairs = new HashSet<>();
		for (ReformRow row : rows) {
			if (!pairs.add(row.oldCode() + "→" + row.newCode())) {
				problem(row.row(), "new_code", "unit.reform.error.duplicatePair", row.oldCode() + " → " + row.newCode());
				continue;
			}
			if (!closing.containsKey(row.oldCode())) {
				problem(row.row(), "old_code", "unit.reform.error.unknownOld", row.oldCode());
			}
			if (row.share().signum() <= 0 || row.share().compareTo(ReformRow.WHOLE) > 0) {
				problem(row.row(), "share", "unit.reform.error.share", row.share().toPlainString());
			}
			sharesOfOld.merge(row.oldCode(), row.share(), BigDecimal::add);
			firstRowOfOld.putIfAbsent(row.oldCode(), row.row());
			sharesOfNew.computeIfAbsent(row.newCode(), code -> new LinkedHashMap<>()).put(row.oldCode(), row.share());
		}
		sharesOfOld.forEach((code, total) -> {
			if (total.compareTo(ReformRow.WHOLE) != 0) {
				problem(firstRowOfOld.get(code), "share", "unit.reform.error.sharesNotWhole",
						code + " (" + total.stripTrailingZeros().toPlainString() + ")");
			}
		});
		Map<String, UnitRef> parents = tree.existingOn(parentCodes, effective);
		UnitsByCode versions = tree.versions(newCodes);
		// Provinces (no parent) first, so that a commune can find its new parent's level.
		List<ReformRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparing(row -> row.newParentCode() != null));
		for (ReformRow row : ordered) {
			NewUnit planned = newUnits.get(row.newCode());
			if (planned != null) {
				if (!planned.name().equals(row.newName()) || planned.kind() != row.newKind()
						|| !Objects.equals(planned.parentCode(), row.newParentCode())) {
					problem(row.row(), "new_name", "unit.reform.error.newUnitDiffers", row.newCode());
				}
				continue;
			}
			UnitLevel level = levelOf(row, parents);
			if (level == null) {
				continue;
			}
			checkCodeFree(row, versions);
			newUnits.put(row.newCode(), new NewUnit(row.newCode(), row.newName(), row.newKind(), row.newParentCode(),
					level, sharesOfNew.get(row.newCode()), row.row()));
		}
		checkNothingLeftBehind(tree, newCodes, firstRowOfOld);
		problems.sort(Comparator.comparingInt(UnitProblem::row));
	}

	List<UnitProblem> problems() {
		return problems;
	}

	LocalDate effective() {
		return effective;
	}

	/** The units that close on the effective day (named in the file), by code. */
	Map<String, UnitRef> closing() {
		return closing;
	}

	/** The units to form, parents first. */
	List<NewUnit> newUnits() {
		List<NewUnit> ordered = new ArrayList<>(newUnits.values());
		ordered.sort(Comparator.comparingInt(unit -> unit.level().ordinal()));
		return ordered;
	}

	private @Nullable UnitLevel levelOf(ReformRow row, Map<String, UnitRef> parents) {
		String parentCode = row.newParentCode();
		if (parentCode == null) {
			UnitLevel level = row.newKind().levelUnder(null).orElse(null);
			if (level == null) {
				problem(row.row(), "new_parent_code", "unit.error.parentRequired", row.newCode());
			}
			return level;
		}
		UnitLevel parentLevel;
		NewUnit newParent = newUnits.get(parentCode);
		UnitRef savedParent = parents.get(parentCode);
		if (newParent != null) {
			parentLevel = newParent.level();
		}
		else if (savedParent != null && !closing.containsKey(parentCode)) {
			parentLevel = savedParent.level();
		}
		else {
			problem(row.row(), "new_parent_code", "unit.reform.error.unknownParent", parentCode);
			return null;
		}
		UnitLevel level = row.newKind().levelUnder(parentLevel).orElse(null);
		if (level == null) {
			problem(row.row(), "new_type", "unit.error.kindUnderParent", parentCode);
		}
		return level;
	}

	/**
	 * The new code may be one that a unit closing in this reform gives up (one of the unit's own
	 * predecessors, or another: the official list of 1/7/2025 gives 23710, Xã A Dơk until then, to the
	 * new Xã Ia Băng, while A Dơk goes into Ia Dơk); never the code of a unit that stays.
	 */
	private void checkCodeFree(ReformRow row, UnitsByCode versions) {
		for (UnitRef holder : versions.versions().getOrDefault(row.newCode(), List.of())) {
			boolean heldOnOrAfter = holder.closedFrom() == null || holder.closedFrom().isAfter(effective);
			UnitRef closingHere = closing.get(holder.code());
			boolean givenUp = closingHere != null && closingHere.id().equals(holder.id());
			if (heldOnOrAfter && !givenUp) {
				problem(row.row(), "new_code", "unit.reform.error.codeTaken", row.newCode() + " — " + holder.name());
			}
		}
	}

	/** A unit that closes takes its subtree with it; every leaf below must go somewhere. */
	private void checkNothingLeftBehind(Tree tree, Set<String> newCodes, Map<String, Integer> firstRowOfOld) {
		for (UnitRef old : closing.values()) {
			if (old.leaf()) {
				continue;
			}
			List<String> orphans = tree.leavesOn(old, effective.minusDays(1)).stream()
				.map(UnitRef::code)
				.filter(code -> !closing.containsKey(code))
				.toList();
			if (!orphans.isEmpty()) {
				String listed = String.join(", ", orphans.subList(0, Math.min(orphans.size(), 10)))
						+ (orphans.size() > 10 ? "…" : "");
				problem(firstRowOfOld.get(old.code()), "old_code", "unit.reform.error.leftBehind",
						old.code() + ": " + listed);
			}
		}
	}

	private void problem(int row, String field, String key, String argument) {
		problems.add(new UnitProblem(row, field, key, argument));
	}
}
