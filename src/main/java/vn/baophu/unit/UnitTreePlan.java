package vn.baophu.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Works out, before anything is saved, where each drafted unit goes in the tree: its level (which
 * follows from the parent's), whether its parent exists (saved or earlier/later in the same file),
 * and the order that saves parents before children.
 */
final class UnitTreePlan {

	private final Map<String, UnitDraft> drafts = new LinkedHashMap<>();
	private final Map<String, ExistingUnit> existing;
	private final Map<String, @Nullable UnitLevel> levels = new HashMap<>();
	private final List<UnitProblem> problems = new ArrayList<>();

	UnitTreePlan(List<UnitDraft> input, Function<Collection<String>, Map<String, ExistingUnit>> lookup) {
		Set<String> codes = new HashSet<>();
		for (UnitDraft draft : input) {
			if (drafts.putIfAbsent(draft.code(), draft) != null) {
				problems.add(new UnitProblem(draft.row(), "code", "import.error.duplicateKey", draft.code()));
			}
			codes.add(draft.code());
			if (draft.parentCode() != null) {
				codes.add(draft.parentCode());
			}
		}
		this.existing = lookup.apply(codes);
		for (UnitDraft draft : drafts.values()) {
			resolveLevel(draft.code(), new HashSet<>());
		}
		problems.sort(Comparator.comparingInt(UnitProblem::row));
	}

	List<UnitProblem> problems() {
		return problems;
	}

	Set<String> allCodes() {
		Set<String> codes = new HashSet<>(drafts.keySet());
		drafts.values().stream().map(UnitDraft::parentCode).filter(java.util.Objects::nonNull).forEach(codes::add);
		return codes;
	}

	UnitLevel levelOf(String code) {
		UnitLevel level = levels.get(code);
		if (level == null) {
			throw new IllegalStateException("No level for " + code);
		}
		return level;
	}

	/** Drafts ordered so that every parent in the file comes before its children. */
	List<UnitDraft> parentsFirst() {
		List<UnitDraft> ordered = new ArrayList<>(drafts.values());
		ordered.sort(Comparator.comparingInt(draft -> levelOf(draft.code()).ordinal()));
		return ordered;
	}

	private @Nullable UnitLevel resolveLevel(String code, Set<String> visiting) {
		if (levels.containsKey(code)) {
			return levels.get(code);
		}
		UnitDraft draft = drafts.get(code);
		if (draft == null) {
			ExistingUnit saved = existing.get(code);
			return saved == null ? null : saved.level();
		}
		if (!visiting.add(code)) {
			problems.add(new UnitProblem(draft.row(), "parent_code", "unit.error.cycle", code));
			levels.put(code, null);
			return null;
		}
		UnitLevel level = null;
		String parentCode = draft.parentCode();
		if (parentCode == null) {
			level = draft.kind().levelUnder(null).orElse(null);
			if (level == null) {
				problems.add(new UnitProblem(draft.row(), "parent_code", "unit.error.parentRequired", code));
			}
		}
		else if (parentCode.equals(code)) {
			problems.add(new UnitProblem(draft.row(), "parent_code", "unit.error.ownParent", code));
		}
		else if (!drafts.containsKey(parentCode) && !existing.containsKey(parentCode)) {
			problems.add(new UnitProblem(draft.row(), "parent_code", "unit.error.unknownParent", parentCode));
		}
		else {
			UnitLevel parentLevel = resolveLevel(parentCode, visiting);
			if (parentLevel != null) {
				level = draft.kind().levelUnder(parentLevel).orElse(null);
				if (level == null) {
					problems.add(new UnitProblem(draft.row(), "type", "unit.error.kindUnderParent", parentCode));
				}
			}
		}
		ExistingUnit saved = existing.get(code);
		if (level != null && saved != null && saved.hasChildren() && saved.level() != level) {
			problems.add(new UnitProblem(draft.row(), "parent_code", "unit.error.levelChangeWithChildren", code));
			level = null;
		}
		levels.put(code, level);
		return level;
	}
}
