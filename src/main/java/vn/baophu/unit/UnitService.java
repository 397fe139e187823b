package vn.baophu.unit;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.user.SignedInUser;

/**
 * Reads the administrative tree, saves units from imports and keeps single units (add, rename,
 * move, close, district entry) through the entities, so that every change is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UnitService {

	/** As the SQL orders the versions of a code: the open unit, then by closing day, newest first. */
	private static final Comparator<UnitRef> NEWEST_FIRST = Comparator
		.comparing(UnitRef::closedFrom, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
		.thenComparing(UnitRef::openedFrom, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));

	private final UnitRepository units;
	private final UnitRefQueries refs;
	private final EntityManager entityManager;
	private final PredecessorLinks links;
	private final UnitSearch search;
	private final java.time.Clock clock;

	/**
	 * The unit this code names today: the open one, else the one closed last. A code may have named
	 * other units before (a merged unit keeps one of the old codes); see {@link #findByCode(String, YearMonth)}.
	 */
	public Optional<UnitRef> findByCode(String code) {
		return refs.byCode(code).stream().findFirst();
	}

	/** The unit this code named at the end of that month, if any. */
	public Optional<UnitRef> findByCode(String code, YearMonth period) {
		return refs.byCode(code).stream().filter(unit -> unit.existsIn(period)).findFirst();
	}

	/**
	 * The unit with this code if the user may see it: {@link UnitNotFoundException} (404) when there
	 * is none, AccessDeniedException (403) when it lies outside the user's subtree.
	 */
	public UnitRef requireVisible(String code, SignedInUser user) {
		return requireVisible(code, null, user);
	}

	/**
	 * As {@link #requireVisible(String, SignedInUser)} for the unit the code named in that month (null:
	 * today): a code without a unit then is a 404 that names the units it stood for and when.
	 */
	public UnitRef requireVisible(String code, @Nullable YearMonth period, SignedInUser user) {
		UnitRef unit = requireIn(code, period);
		user.checkCanSee(unit.path());
		return unit;
	}

	/** The unit with this code if the user may change its data (administrator, provincial staff in scope). */
	public UnitRef requireManageable(String code, SignedInUser user) {
		return requireManageable(code, null, user);
	}

	/** As {@link #requireManageable(String, SignedInUser)} for the unit the code named in that month (null: today). */
	public UnitRef requireManageable(String code, @Nullable YearMonth period, SignedInUser user) {
		UnitRef unit = requireIn(code, period);
		user.checkCanManage(unit.path());
		return unit;
	}

	private UnitRef requireIn(String code, @Nullable YearMonth period) {
		return versionIn(code, period, refs.byCode(code));
	}

	/**
	 * As {@link #requireVisible(String, YearMonth, SignedInUser)}, with the unit's children and ancestors
	 * read in the same statement.
	 */
	public UnitFamily requireVisibleFamily(String code, @Nullable YearMonth period, SignedInUser user) {
		List<UnitRefQueries.Kin> kin = refs.familyByCode(code);
		List<UnitRef> versions = kin.stream()
			.map(UnitRefQueries.Kin::unit)
			.filter(unit -> unit.code().equals(code))
			.sorted(NEWEST_FIRST)
			.toList();
		UnitRef unit = versionIn(code, period, versions);
		user.checkCanSee(unit.path());
		return family(unit, kin);
	}

	/** The unit with its children and ancestors, in one statement. */
	public UnitFamily family(UnitRef unit) {
		return family(unit, refs.familyById(unit.id()));
	}

	private static UnitFamily family(UnitRef unit, List<UnitRefQueries.Kin> kin) {
		Set<Long> ancestors = Set.copyOf(pathIds(unit));
		List<UnitRef> lineage = new ArrayList<>();
		List<UnitRef> children = new ArrayList<>();
		Set<Long> formed = new java.util.HashSet<>();
		for (UnitRefQueries.Kin member : kin) {
			UnitRef ref = member.unit();
			if (ancestors.contains(ref.id())) {
				lineage.add(ref);
			}
			boolean child = unit.id().equals(ref.parentId());
			if (child) {
				children.add(ref);
			}
			if (member.formed() && (child || unit.id().equals(ref.id()))) {
				formed.add(ref.id());
			}
		}
		lineage.sort(Comparator.comparingInt(ref -> ref.path().length()));
		children.sort(Comparator.comparing(UnitRef::code));
		return new UnitFamily(unit, List.copyOf(lineage), List.copyOf(children), Set.copyOf(formed));
	}

	/**
	 * Of the units a code has named (newest first), the one of that month, or today's when none is
	 * asked; {@link UnitNotFoundException} naming the units it stood for when there is none.
	 */
	private static UnitRef versionIn(String code, @Nullable YearMonth period, List<UnitRef> versions) {
		if (period == null) {
			return versions.stream().findFirst().orElseThrow(() -> new UnitNotFoundException(code));
		}
		return versions.stream()
			.filter(unit -> unit.existsIn(period))
			.findFirst()
			.orElseThrow(() -> new UnitNotFoundException(code, period, versions));
	}

	/**
	 * As {@link #requireManageable(String, SignedInUser)} for the unit the code named in that year (null:
	 * today): the one that existed on 1 January, else the one formed during the year.
	 */
	public UnitRef requireManageableInYear(String code, @Nullable Integer year, SignedInUser user) {
		UnitRef unit = year == null ? require(code)
				: byCodes(List.of(code)).in(code, year).orElseThrow(() -> new UnitNotFoundException(code,
						YearMonth.of(year, 12), refs.byCode(code)));
		user.checkCanManage(unit.path());
		return unit;
	}

	/** The unit with this code, or {@link UnitNotFoundException} (404). */
	public UnitRef require(String code) {
		return findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
	}

	/** The unit this code named in that month, or {@link UnitNotFoundException} naming the units it stood for. */
	public UnitRef require(String code, YearMonth period) {
		return versionIn(code, period, refs.byCode(code));
	}

	public Optional<UnitRef> findById(long id) {
		return refs.byId(id);
	}

	/** These units by id, in one query. */
	public Map<Long, UnitRef> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return refs.byIdsFromRoot(ids).stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
	}

	/** The unit each code names today (see {@link #findByCode(String)}). */
	public Map<String, UnitRef> findByCodes(Collection<String> codes) {
		return byCodes(codes).current();
	}

	/** Every unit each code has named, to pick the one of a row's month ({@link UnitsByCode#at}). */
	public UnitsByCode byCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new UnitsByCode(Map.of());
		}
		return new UnitsByCode(refs.byCodes(codes).stream()
			.collect(Collectors.groupingBy(UnitRef::code, LinkedHashMap::new, Collectors.toList())));
	}

	public List<UnitRef> children(UnitRef unit) {
		return refs.children(unit.id());
	}

	/** The unit's children that exist at the end of the month: the rows of its tables for that month. */
	public List<UnitRef> children(UnitRef unit, YearMonth period) {
		return children(unit).stream().filter(child -> child.existsIn(period)).toList();
	}

	public List<UnitRef> roots() {
		return refs.roots();
	}

	/** The unit's children that exist at some time in {@code year}. */
	public List<UnitRef> childrenIn(UnitRef unit, int year) {
		return children(unit).stream().filter(child -> existsIn(child, year)).toList();
	}

	/**
	 * The units without children in the unit's subtree (the unit itself when it has none) that exist
	 * at some time in {@code year}, by code: the units denominators and figures are entered for.
	 */
	public List<UnitRef> leavesIn(UnitRef unit, int year) {
		return units.findLeafRefsUnder(unit.path()).stream().filter(leaf -> existsIn(leaf, year)).toList();
	}

	private static boolean existsIn(UnitRef unit, int year) {
		return (unit.closedFrom() == null || unit.closedFrom().isAfter(LocalDate.of(year, 1, 1)))
				&& (unit.openedFrom() == null || unit.openedFrom().getYear() <= year);
	}

	/**
	 * For those of these units a reform formed: the units each was formed from, by code (one query,
	 * two when there are any). Empty when no reform formed any of them.
	 */
	public Map<Long, List<UnitRef>> predecessors(Collection<UnitRef> formed) {
		List<PredecessorLinks.Link> found = links.of(formed.stream().map(UnitRef::id).toList());
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, UnitRef> byId = refs.byIdsFromRoot(
				found.stream().map(PredecessorLinks.Link::predecessorId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitRef::id, Function.identity()));
		Map<Long, List<UnitRef>> predecessors = new LinkedHashMap<>();
		for (PredecessorLinks.Link link : found) {
			predecessors.computeIfAbsent(link.unitId(), id -> new ArrayList<>()).add(byId.get(link.predecessorId()));
		}
		return predecessors;
	}

	/** The codes of the units without children, below the roots with these codes, that exist on that day. */
	public Set<String> leavesExistingOn(Collection<String> rootCodes, LocalDate day) {
		Set<String> codes = new java.util.HashSet<>();
		for (UnitRef root : refs.byCodes(rootCodes)) {
			if (root.existsOn(day)) {
				units.findLeafRefsUnder(root.path()).stream()
					.filter(leaf -> leaf.existsOn(day))
					.forEach(leaf -> codes.add(leaf.code()));
			}
		}
		return codes;
	}

	/** For units a reform closed: the units each went to (a unit split by a partial merge has several). */
	public Map<Long, List<UnitRef>> successors(Collection<Long> closedUnitIds) {
		List<PredecessorLinks.Link> found = links.successorsOf(closedUnitIds);
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, UnitRef> byId = refs.byIdsFromRoot(
				found.stream().map(PredecessorLinks.Link::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitRef::id, Function.identity()));
		Map<Long, List<UnitRef>> successors = new LinkedHashMap<>();
		for (PredecessorLinks.Link link : found) {
			successors.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>()).add(byId.get(link.unitId()));
		}
		return successors;
	}

	/**
	 * Units whose code is the query or whose name contains it, diacritics and case aside, in the user's
	 * subtree, best first; nothing for fewer than two characters.
	 */
	public List<UnitMatch> search(String query, SignedInUser user, int limit) {
		String trimmed = query.strip();
		if (trimmed.length() < 2) {
			return List.of();
		}
		String scope = user.unitId() == null ? "/" : refs.byId(user.unitId()).map(UnitRef::path).orElse("/none/");
		return search.find(trimmed, scope, limit);
	}

	/** The unit and its ancestors, root first: the breadcrumb. */
	public List<UnitRef> lineage(UnitRef unit) {
		return refs.byIdsFromRoot(pathIds(unit));
	}

	/** The ids in the unit's path: its ancestors', root first, and its own. */
	private static List<Long> pathIds(UnitRef unit) {
		List<Long> ids = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty()) {
				ids.add(Long.valueOf(part));
			}
		}
		return ids;
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
		// Newest first within a code: an import changes the unit the code names today.
		units.findByCodeIn(plan.allCodes()).forEach(unit -> byCode.putIfAbsent(unit.getCode(), unit));
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

	/** Adds a unit under {@code parent}; the problems (code taken, kind impossible there…) when it cannot. */
	@Transactional
	public List<UnitProblem> addChild(UnitRef parent, String code, String name, UnitKind kind) {
		// A code is never reused, except by the unit a reform forms from the unit that had it.
		if (!units.findAllByCode(code).isEmpty()) {
			return List.of(new UnitProblem(0, "code", "unit.error.codeTaken", code));
		}
		return saveOne(new UnitDraft(0, code, name, kind, parent.code()));
	}

	/**
	 * New name and kind, same place in the tree; the problems when the kind does not fit there. The
	 * scope rules are the import's: the unit inside the user's subtree, and a root unit (a province)
	 * only by an administrator of the whole tree.
	 */
	@Transactional
	public List<UnitProblem> rename(UnitRef unit, String name, UnitKind kind, SignedInUser user) {
		String parentCode = parentCode(unit);
		checkScope(unit, parentCode, user);
		return saveOne(new UnitDraft(0, unit.code(), name, kind, parentCode));
	}

	/**
	 * Moves the unit, with its subtree, under another parent (null: to the root); the problems when
	 * the parent is unknown, lies inside the unit's own subtree or cannot hold a unit of this kind.
	 */
	@Transactional
	public List<UnitProblem> move(UnitRef unit, @Nullable String newParentCode, SignedInUser user) {
		UnitRef newParent = newParentCode == null ? null : findByCode(newParentCode).orElse(null);
		checkScope(unit, parentCode(unit), user);
		if (newParentCode == null) {
			checkWholeTree(user, unit);
		}
		else if (newParent != null) {
			// Moving into a subtree is a change there too.
			user.checkCanManage(newParent.path());
		}
		if (newParent != null && newParent.path().startsWith(unit.path())) {
			return List.of(new UnitProblem(0, "parent_code", "unit.error.insideOwnSubtree", newParentCode));
		}
		return saveOne(new UnitDraft(0, unit.code(), unit.name(), unit.kind(), newParentCode));
	}

	/** Closes the unit from a day (merged or dissolved); null opens it again. */
	@Transactional
	public void closeFrom(UnitRef unit, @Nullable LocalDate day) {
		entity(unit).closeFrom(day);
		entityManager.flush();
	}

	/** On a district: whether its officials may enter their communes' figures. */
	@Transactional
	public List<UnitProblem> allowDistrictEntry(UnitRef unit, boolean allowed) {
		if (unit.level() != UnitLevel.DISTRICT) {
			return List.of(new UnitProblem(0, "", "unit.error.notDistrict", unit.code()));
		}
		entity(unit).allowDistrictEntry(allowed);
		entityManager.flush();
		return List.of();
	}

	/**
	 * What a reform file would do on its effective day, or its problems. A file already applied on
	 * that day (same content) is one problem saying when and by whom.
	 */
	public ReformOutline checkReform(List<ReformRow> rows, LocalDate effective, String checksum) {
		Optional<PredecessorLinks.AppliedReform> applied = links.find(effective, checksum);
		if (applied.isPresent()) {
			return new ReformOutline(List.of(new UnitProblem(0, "", "unit.reform.error.alreadyApplied",
					applied.get().appliedBy() + ", " + applied.get().appliedAt())), List.of(), 0, List.of());
		}
		ReformPlan plan = new ReformPlan(rows, effective, reformTree());
		List<ReformOutline.FormedUnit> formed = plan.newUnits().stream()
			.map(unit -> new ReformOutline.FormedUnit(unit.row(), unit.code(), unit.name(),
					unit.shares().entrySet().stream()
						.map(share -> share.getValue().compareTo(ReformRow.WHOLE) == 0 ? share.getKey()
								: share.getKey() + " (" + share.getValue().stripTrailingZeros().toPlainString() + " %)")
						.collect(Collectors.joining(", "))))
			.toList();
		List<UnitRef> closingUnits = plan.closing().values().stream()
			.flatMap(old -> units.findRefsUnder(old.path()).stream())
			.filter(unit -> unit.existsOn(effective.minusDays(1)))
			.distinct()
			.toList();
		return new ReformOutline(plan.problems(), formed, plan.closing().size(), closingUnits);
	}

	/**
	 * Applies a reform file without problems ({@link #checkReform}): on the effective day every old
	 * unit named closes with its subtree, a district left without units closes too, and every new unit
	 * opens, linked to the units it was formed from with their shares. Returns the units formed.
	 */
	@Transactional
	public int applyReform(List<ReformRow> rows, LocalDate effective, String checksum, String fileName,
			String user) {
		if (links.find(effective, checksum).isPresent()) {
			throw new IllegalArgumentException("Reform file already applied");
		}
		ReformPlan plan = new ReformPlan(rows, effective, reformTree());
		if (!plan.problems().isEmpty()) {
			throw new IllegalArgumentException("Reform has problems: " + plan.problems());
		}
		long reformId = links.addReform(effective, checksum, fileName, user, clock.instant());
		Set<Long> closed = new java.util.HashSet<>();
		// The old leaves in one query; a subtree query only for the few old units with units below.
		List<AdministrativeUnit> closing = new ArrayList<>(units.findAllById(plan.closing().values().stream()
			.filter(UnitRef::leaf).map(UnitRef::id).toList()));
		plan.closing().values().stream().filter(old -> !old.leaf())
			.forEach(old -> closing.addAll(units.findAllUnder(old.path())));
		for (AdministrativeUnit unit : closing) {
			if (unit.getClosedFrom() == null || unit.getClosedFrom().isAfter(effective)) {
				unit.closeFrom(effective);
				closed.add(unit.getId());
			}
		}
		Set<String> keptParents = plan.newUnits().stream().map(ReformPlan.NewUnit::parentCode)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		closeEmptiedParents(plan.closing().values(), closed, keptParents, effective);
		links.closed(reformId, closed);
		// Closed before the new units exist: a kept code may name only one unit on any day.
		entityManager.flush();
		Map<String, AdministrativeUnit> formed = new HashMap<>();
		Iterator<Long> ids = units.nextIds(plan.newUnits().size()).iterator();
		List<PredecessorLinks.Link> newLinks = new ArrayList<>();
		for (ReformPlan.NewUnit draft : plan.newUnits()) {
			AdministrativeUnit parent = draft.parentCode() == null ? null : formed.containsKey(draft.parentCode())
					? formed.get(draft.parentCode()) : openOn(draft.parentCode(), effective);
			AdministrativeUnit unit = new AdministrativeUnit(ids.next(), draft.code(), draft.name(), draft.kind(),
					draft.level());
			unit.placeUnder(parent, draft.level());
			unit.openFrom(effective);
			entityManager.persist(unit);
			formed.put(draft.code(), unit);
			draft.shares().forEach((oldCode, share) -> newLinks
				.add(new PredecessorLinks.Link(unit.getId(), plan.closing().get(oldCode).id(), share)));
		}
		entityManager.flush();
		links.add(reformId, newLinks);
		return formed.size();
	}

	/** The reforms applied, newest first. */
	public List<AppliedReform> reforms() {
		return links.all().stream()
			.map(reform -> new AppliedReform(reform.id(), reform.effective(), reform.fileName(), reform.appliedBy(),
					reform.appliedAt(), links.formedBy(reform.id()).size(), links.closedBy(reform.id()).size()))
			.toList();
	}

	/**
	 * Undoes a reform: removes the units it formed and opens again the units it closed. Refused (the
	 * reasons, table → rows; empty when undone) once anything was entered on a formed unit: figures,
	 * denominators, targets, accounts, or a later reform built on it.
	 */
	@Transactional
	public Map<String, Long> undoReform(long reformId, SignedInUser user) {
		checkWholeTree(user, null);
		PredecessorLinks.AppliedReform reform = links.find(reformId)
			.orElseThrow(() -> new UnitNotFoundException("reform " + reformId));
		List<Long> formed = links.formedBy(reformId);
		Map<String, Long> blocking = formed.isEmpty() ? Map.of() : links.dataOn(formed);
		if (!blocking.isEmpty()) {
			return blocking;
		}
		List<Long> closed = links.closedBy(reformId);
		links.remove(reformId);
		// Deepest first, so that no unit is removed before the units under it.
		List<AdministrativeUnit> formedUnits = new ArrayList<>(units.findAllById(formed));
		formedUnits.sort(java.util.Comparator.comparingInt((AdministrativeUnit unit) -> unit.getPath().length()).reversed());
		formedUnits.forEach(entityManager::remove);
		entityManager.flush();
		units.findAllById(closed).forEach(unit -> {
			if (reform.effective().equals(unit.getClosedFrom())) {
				unit.closeFrom(null);
			}
		});
		entityManager.flush();
		return Map.of();
	}

	/**
	 * A parent (a district, or a province) all of whose leaves closed closes with them, unless new
	 * units are formed under it.
	 */
	private void closeEmptiedParents(Collection<UnitRef> closing, Set<Long> closed, Set<String> keptParents,
			LocalDate effective) {
		Set<Long> parentIds = new java.util.TreeSet<>();
		for (UnitRef old : closing) {
			ancestorIds(old).forEach(parentIds::add);
		}
		parentIds.removeAll(closed);
		List<UnitRef> deepestFirst = new ArrayList<>(refs.byIdsFromRoot(parentIds));
		Collections.reverse(deepestFirst);
		for (UnitRef parent : deepestFirst) {
			boolean anyLeft = units.findLeafRefsUnder(parent.path()).stream()
				.anyMatch(leaf -> leaf.existsOn(effective) && !closed.contains(leaf.id()) && !leaf.id().equals(parent.id()));
			if (!anyLeft && parent.existsOn(effective) && !keptParents.contains(parent.code())) {
				entity(parent).closeFrom(effective);
				closed.add(parent.id());
			}
		}
	}

	private static List<Long> ancestorIds(UnitRef unit) {
		List<Long> ids = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty() && !part.equals(String.valueOf(unit.id()))) {
				ids.add(Long.valueOf(part));
			}
		}
		return ids;
	}

	private AdministrativeUnit openOn(String code, LocalDate day) {
		return units.findAllByCode(code).stream()
			.filter(unit -> (unit.getOpenedFrom() == null || !unit.getOpenedFrom().isAfter(day))
					&& (unit.getClosedFrom() == null || unit.getClosedFrom().isAfter(day)))
			.findFirst()
			.orElseThrow(() -> new UnitNotFoundException(code));
	}

	private ReformPlan.Tree reformTree() {
		return new ReformPlan.Tree() {
			@Override
			public Map<String, UnitRef> existingOn(Set<String> codes, LocalDate day) {
				if (codes.isEmpty()) {
					return Map.of();
				}
				return refs.byCodes(codes).stream()
					.filter(unit -> unit.existsOn(day))
					.collect(Collectors.toMap(UnitRef::code, Function.identity(), (first, other) -> first));
			}

			@Override
			public UnitsByCode versions(Set<String> codes) {
				return byCodes(codes);
			}

			@Override
			public List<UnitRef> leavesOn(UnitRef unit, LocalDate day) {
				return units.findLeafRefsUnder(unit.path()).stream().filter(leaf -> leaf.existsOn(day)).toList();
			}
		};
	}

	/** As the import checks a units row: the unit in the user's subtree, no root unless for the whole tree. */
	private static void checkScope(UnitRef unit, @Nullable String parentCode, SignedInUser user) {
		user.checkCanManage(unit.path());
		if (parentCode == null) {
			checkWholeTree(user, unit);
		}
	}

	private static void checkWholeTree(SignedInUser user, @Nullable UnitRef unit) {
		if (!user.isAdministrator() || user.unitId() != null) {
			throw new AccessDeniedException(user.username() + " may not change the root unit "
					+ (unit == null ? "(a reform)" : unit.code()) + " or move a unit to the root");
		}
	}

	private List<UnitProblem> saveOne(UnitDraft draft) {
		List<UnitProblem> problems = check(List.of(draft));
		if (problems.isEmpty()) {
			save(List.of(draft));
		}
		return problems;
	}

	private @Nullable String parentCode(UnitRef unit) {
		return unit.parentId() == null ? null : refs.byId(unit.parentId()).map(UnitRef::code).orElse(null);
	}

	private AdministrativeUnit entity(UnitRef unit) {
		return units.findById(unit.id()).orElseThrow(() -> new UnitNotFoundException(unit.code()));
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
		return units.findExisting(codes).stream()
			.collect(Collectors.toMap(ExistingUnit::code, Function.identity(), (newest, older) -> newest));
	}
}
