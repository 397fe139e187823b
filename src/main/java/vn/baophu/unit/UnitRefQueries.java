package vn.baophu.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.shared.PendingChanges;

/**
 * The units as {@link UnitRef}s, read with plain SQL: every page and API request resolves its unit,
 * children and ancestors, and through JPA each such read cost more than the gap table's sums. In a
 * transaction that writes, units changed through JPA are flushed first, as a JPA query would.
 */
@Repository
@RequiredArgsConstructor
class UnitRefQueries {

	private static final String REF = """
			select u.id, u.code, u.name, u.kind, u.level, u.parent_id, u.path,
			       not exists (select 1 from administrative_unit c where c.parent_id = u.id) as leaf,
			       u.opened_from, u.closed_from, u.district_entry_allowed
			from administrative_unit u
			""";

	private static final String FAMILY_BY_CODE = family("code = :code");

	private static final String FAMILY_BY_ID = family("id = :id");

	/** Newest first: the open unit, then by closing day. */
	private static final String NEWEST_FIRST = " order by u.closed_from desc nulls first, u.opened_from desc nulls last";

	private static final RowMapper<UnitRef> ROW = UnitRefQueries::unitRef;

	private final JdbcClient jdbc;
	private final EntityManager entityManager;

	/** Every unit that has had this code, newest first. */
	List<UnitRef> byCode(String code) {
		return query(REF + "where u.code = :code" + NEWEST_FIRST).param("code", code).query(ROW).list();
	}

	/** Every unit that has had one of these codes, by code and newest first within a code. */
	List<UnitRef> byCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return query(REF + "where u.code in (:codes) order by u.code," + NEWEST_FIRST.substring(" order by".length()))
			.param("codes", codes)
			.query(ROW)
			.list();
	}

	Optional<UnitRef> byId(long id) {
		return query(REF + "where u.id = :id").param("id", id).query(ROW).optional();
	}

	/** These units, root first (by the length of their path). */
	List<UnitRef> byIdsFromRoot(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return query(REF + "where u.id in (:ids) order by length(u.path)").param("ids", ids).query(ROW).list();
	}

	List<UnitRef> children(long parentId) {
		return query(REF + "where u.parent_id = :parent order by u.code").param("parent", parentId).query(ROW).list();
	}

	/** A unit read with its family: the row and whether a reform formed it. */
	record Kin(UnitRef unit, boolean formed) {
	}

	/**
	 * Every unit that has had this code, with the children and the ancestors of each, in one statement:
	 * the unit, its children and its breadcrumb had been three round trips of every page and API request.
	 */
	List<Kin> familyByCode(String code) {
		return query(FAMILY_BY_CODE).param("code", code).query(UnitRefQueries::kin).list();
	}

	/** The unit with this id, with its children and ancestors (see {@link #familyByCode}). */
	List<Kin> familyById(long id) {
		return query(FAMILY_BY_ID).param("id", id).query(UnitRefQueries::kin).list();
	}

	List<UnitRef> roots() {
		return query(REF + "where u.parent_id is null order by u.code").query(ROW).list();
	}

	private JdbcClient.StatementSpec query(String sql) {
		PendingChanges.flushBeforeSql(entityManager);
		return jdbc.sql(sql);
	}

	/** {@link #REF} and whether a reform formed the unit, for the units (versions) meeting the condition and their kin. */
	private static String family(String versions) {
		return REF.replace("\nfrom administrative_unit u",
				",\n       exists (select 1 from unit_predecessor p where p.unit_id = u.id) as formed\nfrom administrative_unit u")
				+ """
				where u.id in (
				    with version as (select id, path from administrative_unit where %s)
				    select id from version
				    union all
				    select c.id from version v join administrative_unit c on c.parent_id = v.id
				    union all
				    select cast(a.id as bigint) from version v
				    cross join unnest(string_to_array(trim(both '/' from v.path), '/')) a(id))
				""".formatted(versions);
	}

	private static Kin kin(ResultSet rs, int rowNum) throws SQLException {
		return new Kin(unitRef(rs, rowNum), rs.getBoolean("formed"));
	}

	private static UnitRef unitRef(ResultSet rs, int rowNum) throws SQLException {
		return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), UnitLevel.valueOf(rs.getString("level")),
				rs.getObject("parent_id", Long.class), rs.getString("path"), rs.getBoolean("leaf"),
				rs.getObject("opened_from", LocalDate.class), rs.getObject("closed_from", LocalDate.class),
				rs.getBoolean("district_entry_allowed"));
	}
}
