package vn.baophu.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the administrative tree and saves units from imports. */
@Service
@Transactional(readOnly = true)
public class UnitService {

	private final UnitRepository units;
	private final EntityManager entityManager;

	UnitService(UnitRepository units, EntityManager entityManager) {
		this.units = units;
		this.entityManager = entityManager;
	}

	public Optional<UnitRef> findByCode(String code) {
		return units.findRefByCode(code);
	}

	/** The unit with this code, or {@link UnitNotFoundException} (404). */
	public UnitRef require(String code) {
		return findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
	}

	public Optional<UnitRef> findById(long id) {
		return units.findRefById(id);
	}

	public Map<String, UnitRef> findByCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return units.findRefsByCodes(codes).stream().collect(Collectors.toMap(UnitRef::code, Function.identity()));
	}

	public List<UnitRef> children(UnitRef unit) {
		return units.findChildRefs(unit.id());
	}

	public List<UnitRef> roots() {
		return units.findRootRefs();
	}

	/** The unit and its ancestors, root first: the breadcrumb. */
	public List<UnitRef> lineage(UnitRef unit) {
		List<Long> ids = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty()) {
				ids.add(Long.valueOf(part));
			}
		}
		return units.findRefsByIdsOrderedFromRoot(ids);
	}

	/** Everything that keeps these drafts from being saved, in row order; empty when they can be. */
	public List<UnitProblem> check(List<UnitDraft> drafts) {
		return new UnitTreePlan(drafts, this::existing).problems();
	}

	/**
	 * Creates new units and updates existing ones (same code) in one go: name, kind, parent. Call
	 * only after {@link #check} found no problem.
	 */
	@Transactional
	public int save(List<UnitDraft> drafts) {
		UnitTreePlan plan = new UnitTreePlan(drafts, this::existing);
		if (!plan.problems().isEmpty()) {
			throw new IllegalArgumentException("Unit drafts have problems: " + plan.problems());
		}
		Map<String, AdministrativeUnit> byCode = new HashMap<>();
		units.findByCodeIn(plan.allCodes()).forEach(unit -> byCode.put(unit.getCode(), unit));
		boolean moved = false;
		long newUnits = drafts.stream().filter(draft -> !byCode.containsKey(draft.code())).count();
		Iterator<Long> newIds = newUnits == 0 ? Collections.emptyIterator()
				: units.nextIds((int) newUnits).iterator();
		for (UnitDraft draft : plan.parentsFirst()) {
			UnitLevel level = plan.levelOf(draft.code());
			AdministrativeUnit parent = draft.parentCode() == null ? null : byCode.get(draft.parentCode());
			AdministrativeUnit unit = byCode.get(draft.code());
			if (unit == null) {
				unit = new AdministrativeUnit(newIds.next(), draft.code(), draft.name(), draft.kind(), level);
				unit.placeUnder(parent, level);
				entityManager.persist(unit);
				byCode.put(draft.code(), unit);
			}
			else {
				unit.rename(draft.name(), draft.kind());
				Long newParentId = parent == null ? null : parent.getId();
				if (!Objects.equals(newParentId, unit.getParentId()) || unit.getLevel() != level) {
					unit.placeUnder(parent, level);
					moved = true;
				}
			}
		}
		entityManager.flush();
		if (moved) {
			rebuildPaths();
		}
		return drafts.size();
	}

	/** A move changes the path of the whole subtree below the moved unit. */
	private void rebuildPaths() {
		entityManager.createNativeQuery("""
				with recursive tree(id, path) as (
				    select id, '/' || id || '/' from administrative_unit where parent_id is null
				    union all
				    select c.id, tree.path || c.id || '/' from administrative_unit c join tree on c.parent_id = tree.id)
				update administrative_unit u set path = tree.path from tree
				where u.id = tree.id and u.path <> tree.path""").executeUpdate();
		entityManager.clear();
	}

	private Map<String, ExistingUnit> existing(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return units.findExisting(codes).stream().collect(Collectors.toMap(ExistingUnit::code, Function.identity()));
	}
}
