package vn.baophu.unit;

import java.util.Collection;
import java.util.List;

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






	@Query("select new vn.baophu.unit.ExistingUnit(u.code, u.level, p.code,"
			+ " exists (select 1 from AdministrativeUnit c where c.parentId = u.id))"
			+ " from AdministrativeUnit u left join AdministrativeUnit p on p.id = u.parentId where u.code in ?1"
			+ " order by u.code, u.closedFrom desc nulls first, u.openedFrom desc nulls last")
	List<ExistingUnit> findExisting(Collection<String> codes);

	/** Units without children under the unit of this path (the unit itself included), by code. */
	@Query(REF + "where function('unit_path_under', u.path, ?1) = true and not exists (select 1 from AdministrativeUnit c where c.parentId = u.id)"
			+ " order by u.code")
	List<UnitRef> findLeafRefsUnder(String path);

	/** The units under the unit of this path, the unit itself included, root first. */
	@Query(REF + "where function('unit_path_under', u.path, ?1) = true order by u.path")
	List<UnitRef> findRefsUnder(String path);

	/** The units under the unit of this path, the unit itself included. */
	@Query("select u from AdministrativeUnit u where function('unit_path_under', u.path, ?1) = true")
	List<AdministrativeUnit> findAllUnder(String path);

}
