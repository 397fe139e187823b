package vn.baophu.school;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.unit.UnitRef;

/** The schools and their snapshots: one statement for an appendix, a few for an import whatever its size. */
@Repository
@RequiredArgsConstructor
class SchoolQueries {

	record SchoolKey(long id, long unitId, String name, @org.jspecify.annotations.Nullable String code) {
	}

	private final JdbcClient jdbc;

	/** The latest snapshot of the school year of every school in the unit's subtree, in the appendix's order. */
	List<SchoolRow> latest(UnitRef unit, SchoolYear schoolYear) {
		return jdbc.sql("""
				select s.name, s.level, u.code, c.students, c.insured_other_group, c.insured_at_school
				from school s
				join administrative_unit u on u.id = s.unit_id
				join lateral (
				    select * from school_count c where c.school_id = s.id and c.school_year = :year
				    order by c.as_of desc limit 1) c on true
				where unit_path_under(u.path, :path)
				order by (c.insured_other_group + c.insured_at_school = c.students) desc,
				         (c.insured_other_group + c.insured_at_school)::numeric / nullif(c.students, 0) desc nulls last,
				         s.id""")
			.param("path", unit.path())
			.param("year", schoolYear.toString())
			.query((rs, row) -> new SchoolRow(rs.getString(1), SchoolLevel.valueOf(rs.getString(2)), rs.getString(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/** The schools of these units (to match an import's rows by code or by name). */
	List<SchoolKey> schoolsOf(Collection<Long> unitIds, Collection<String> codes) {
		return jdbc.sql("select id, unit_id, name, code from school where unit_id in (:units) or code in (:codes)")
			.param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
			.param("codes", codes.isEmpty() ? List.of("") : codes)
			.query((rs, row) -> new SchoolKey(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	long nextSchoolId() {
		return jdbc.sql("select nextval('school_seq')").query(Long.class).single();
	}

	void addSchool(long id, SchoolCount count) {
		jdbc.sql("insert into school (id, unit_id, name, code, level) values (:id, :unit, :name, :code, :level)")
			.param("id", id)
			.param("unit", count.unitId())
			.param("name", count.school())
			.param("code", count.code())
			.param("level", count.level().name())
			.update();
	}

	void updateSchool(long id, SchoolCount count) {
		jdbc.sql("update school set level = :level, code = coalesce(:code, code), name = :name, version = version + 1"
				+ " where id = :id")
			.param("id", id)
			.param("name", count.school())
			.param("code", count.code())
			.param("level", count.level().name())
			.update();
	}

	/** Adds the snapshot, or replaces the one of the same school, year and day. */
	void saveCount(long schoolId, SchoolCount count, String user, Instant at) {
		jdbc.sql("""
				insert into school_count (id, school_id, school_year, as_of, students, insured_other_group,
				    insured_at_school, imported_by, imported_at)
				values (nextval('school_count_seq'), :school, :year, :asOf, :students, :other, :atSchool, :user, :at)
				on conflict (school_id, school_year, as_of) do update set students = excluded.students,
				    insured_other_group = excluded.insured_other_group, insured_at_school = excluded.insured_at_school,
				    imported_by = excluded.imported_by, imported_at = excluded.imported_at""")
			.param("school", schoolId)
			.param("year", count.schoolYear().toString())
			.param("asOf", Date.valueOf(count.asOf()))
			.param("students", count.students())
			.param("other", count.insuredOtherGroup())
			.param("atSchool", count.insuredAtSchool())
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The schools of the unit's subtree, with their unit, by unit then name. */
	List<School> schoolsUnder(UnitRef unit) {
		return jdbc.sql("""
				select s.id, s.name, s.code, s.level, u.code, u.name, u.path, s.version from school s
				join administrative_unit u on u.id = s.unit_id
				where unit_path_under(u.path, :path) order by u.path, s.name""")
			.param("path", unit.path())
			.query((rs, row) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3),
					SchoolLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8)))
			.list();
	}

	java.util.Optional<School> school(long id) {
		return jdbc.sql("""
				select s.id, s.name, s.code, s.level, u.code, u.name, u.path, s.version from school s
				join administrative_unit u on u.id = s.unit_id where s.id = :id""")
			.param("id", id)
			.query((rs, row) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3),
					SchoolLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8)))
			.optional();
	}

	/** Changes name, code and level if the school is still at the version read; false when someone saved it since. */
	boolean edit(long id, long version, String name, @org.jspecify.annotations.Nullable String code, SchoolLevel level) {
		return jdbc.sql("""
				update school set name = :name, code = :code, level = :level, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("code", code)
			.param("level", level.name())
			.update() == 1;
	}

	/** The school years with snapshots in the unit's subtree, newest first. */
	List<String> schoolYears(UnitRef unit) {
		return jdbc.sql("""
				select distinct c.school_year from school_count c join school s on s.id = c.school_id
				join administrative_unit u on u.id = s.unit_id where unit_path_under(u.path, :path)
				order by c.school_year desc""")
			.param("path", unit.path())
			.query(String.class)
			.list();
	}

	static Map<String, SchoolKey> byKey(List<SchoolKey> schools) {
		Map<String, SchoolKey> keys = new HashMap<>();
		for (SchoolKey school : schools) {
			keys.put(school.unitId() + "|" + school.name(), school);
			if (school.code() != null) {
				keys.put("code|" + school.code(), school);
			}
		}
		return keys;
	}
}
