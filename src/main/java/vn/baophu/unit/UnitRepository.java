package vn.baophu.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<AdministrativeUnit, Long> {

	String REF = "select new vn.baophu.unit.UnitRef(u.id, u.code, u.name, u.kind, u.level, u.parentId, u.path,"
			+ " not exists (select 1 from AdministrativeUnit c where c.parentId = u.id), u.openedFrom, u.closedFrom,"
			+ " u.districtEntryAllowed) from AdministrativeUnit u ";

	/** Every unit that has had this code, newest first (the open one, then by closing day). */
	@Query("select u from AdministrativeUnit u where u.code = ?1 order by u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<AdministrativeUnit> findAllByCode(String code);

	@Query(value = "select nextval('administrative_unit_seq') from generate_series(1, ?1)", nativeQuery = true)
	List<Long> nextIds(int count);

	/** Every unit that has had one of these codes, newest first within a code. */
	@Query("select u from AdministrativeUnit u where u.code in ?1"
			+ " order by u.code, u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<AdministrativeUnit> findByCodeIn(Collection<String> codes);

	/** Every unit that has had this code, newest first (the open one, then by closing day). */
	@Query(REF + "where u.code = ?1 order by u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<UnitRef> findRefsByCode(String code);

	@Query(REF + "where u.id = ?1")
	Optional<UnitRef> findRefById(long id);

	/** Every unit that has had one of these codes, newest first within a code. */
	@Query(REF + "where u.code in ?1 order by u.code, u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<UnitRef> findRefsByCodes(Collection<String> codes);

	@Query(REF + "where u.parentId = ?1 order by u.code")
	List<UnitRef> findChildRefs(Long parentId);

	@Query(REF + "where u.parentId is null order by u.code")
	List<UnitRef> findRootRefs();

	@Query("select new vn.baophu.unit.ExistingUnit(u.code, u.level, p.code,"
			+ " exists (select 1 from AdministrativeUnit c where c.parentId = u.id))"
			+ " from AdministrativeUnit u left join AdministrativeUnit p on p.id = u.parentId where u.code in ?1"
			+ " order by u.code, u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<ExistingUnit> findExisting(Collection<String> codes);

	/** Units without children whose path starts with {@code pathPrefix} (the unit itself included), by code. */
	@Query(REF + "where u.path like ?1 and not exists (select 1 from AdministrativeUnit c where c.parentId = u.id)"
			+ " order by u.code")
	List<UnitRef> findLeafRefsUnder(String pathPrefix);

	/** The units whose path starts with the prefix, the unit itself included, root first. */
	@Query(REF + "where u.path like ?1 order by u.path")
	List<UnitRef> findRefsUnder(String pathPrefix);

	/** The units whose path starts with the prefix, the unit itself included. */
	@Query("select u from AdministrativeUnit u where u.path like ?1")
	List<AdministrativeUnit> findAllUnder(String pathPrefix);

	@Query(REF + "where u.id in ?1 order by length(u.path)")
	List<UnitRef> findRefsByIdsOrderedFromRoot(Collection<Long> ids);
}
