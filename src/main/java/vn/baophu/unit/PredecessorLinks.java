package vn.baophu.unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links from units formed by a reform to the units they were formed from, and the reforms applied. */
@Repository
@RequiredArgsConstructor
class PredecessorLinks {

	record Link(long unitId, long predecessorId, BigDecimal share) {
	}

	record AppliedReform(long id, LocalDate effective, String fileName, String appliedBy, Instant appliedAt) {
	}

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;

	/** The links of these units to their predecessors, by unit, then the predecessor's code. */
	List<Link> of(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.unit_id, p.predecessor_id, p.share from unit_predecessor p
				join administrative_unit u on u.id = p.predecessor_id
				where p.unit_id in (:ids) order by p.unit_id, u.code""")
			.param("ids", unitIds)
			.query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
			.list();
	}

	/** The links that make these units the predecessors of others. */
	List<Link> successorsOf(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select unit_id, predecessor_id, share from unit_predecessor where predecessor_id in (:ids)")
			.param("ids", unitIds)
			.query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
			.list();
	}

	Optional<AppliedReform> find(LocalDate effective, String checksum) {
		return jdbc.sql("""
				select id, effective, file_name, applied_by, applied_at from reform
				where effective = :effective and checksum = :checksum""")
			.param("effective", effective)
			.param("checksum", checksum)
			.query((rs, row) -> new AppliedReform(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	long addReform(LocalDate effective, String checksum, String fileName, String appliedBy, Instant appliedAt) {
		long id = jdbc.sql("select nextval('reform_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into reform (id, effective, checksum, file_name, applied_by, applied_at)
				values (:id, :effective, :checksum, :fileName, :appliedBy, :appliedAt)""")
			.param("id", id)
			.param("effective", effective)
			.param("checksum", checksum)
			.param("fileName", fileName)
			.param("appliedBy", appliedBy)
			.param("appliedAt", java.sql.Timestamp.from(appliedAt))
			.update();
		return id;
	}

	/** Records the units a reform closed, in one batch. */
	void closed(long reformId, Collection<Long> unitIds) {
		batch.batchUpdate("insert into reform_closed_unit (reform_id, unit_id) values (?, ?)",
				unitIds.stream().map(unitId -> new Object[] { reformId, unitId }).toList());
	}

	List<AppliedReform> all() {
		return jdbc.sql("select id, effective, file_name, applied_by, applied_at from reform order by effective desc, id desc")
			.query((rs, row) -> new AppliedReform(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	Optional<AppliedReform> find(long id) {
		return all().stream().filter(reform -> reform.id() == id).findFirst();
	}

	/** The units this reform formed. */
	List<Long> formedBy(long reformId) {
		return jdbc.sql("select distinct unit_id from unit_predecessor where reform_id = :reform")
			.param("reform", reformId)
			.query(Long.class)
			.list();
	}

	/** The units this reform closed. */
	List<Long> closedBy(long reformId) {
		return jdbc.sql("select unit_id from reform_closed_unit where reform_id = :reform")
			.param("reform", reformId)
			.query(Long.class)
			.list();
	}

	/**
	 * What keeps the formed units from being removed: figures, denominators, targets or accounts on them,
	 * or a later reform that formed units from them (table name → count).
	 */
	java.util.Map<String, Long> dataOn(Collection<Long> unitIds) {
		java.util.Map<String, Long> found = new java.util.LinkedHashMap<>();
		for (String table : List.of("monthly_figures", "denominator", "target")) {
			long count = jdbc.sql("select count(*) from " + table + " where unit_id in (:ids)")
				.param("ids", unitIds)
				.query(Long.class)
				.single();
			if (count > 0) {
				found.put(table, count);
			}
		}
		long users = jdbc.sql("select count(*) from app_user where unit_id in (:ids)").param("ids", unitIds)
			.query(Long.class).single();
		if (users > 0) {
			found.put("app_user", users);
		}
		long later = jdbc.sql("select count(*) from unit_predecessor where predecessor_id in (:ids)").param("ids", unitIds)
			.query(Long.class).single();
		if (later > 0) {
			found.put("unit_predecessor", later);
		}
		return found;
	}

	void remove(long reformId) {
		jdbc.sql("delete from unit_predecessor where reform_id = :reform").param("reform", reformId).update();
		jdbc.sql("delete from reform_closed_unit where reform_id = :reform").param("reform", reformId).update();
		jdbc.sql("delete from reform where id = :reform").param("reform", reformId).update();
	}

	/** Links the units a reform formed to their predecessors, in one batch. */
	void add(long reformId, Collection<Link> links) {
		batch.batchUpdate("insert into unit_predecessor (unit_id, predecessor_id, share, reform_id) values (?, ?, ?, ?)",
				links.stream().map(link -> new Object[] { link.unitId(), link.predecessorId(), link.share(), reformId })
					.toList());
	}
}
