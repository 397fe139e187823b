package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.Recurrence;

/** Tasks and directives read with one SQL query each, over a subtree by path. */
@Component
@RequiredArgsConstructor
class TaskQueries {

	private static final String TASKS = """
			select t.*, d.number, d.issued_on, d.issued_year, d.title, du.path as directive_unit_path,
			       au.code as assignee_code, au.name as assignee_unit_name, au.path as assignee_path,
			       au.parent_id as assignee_parent_id,
			       (select count(*) from task_note n where n.task_id = t.id) as notes
			from task t
			join directive d on d.id = t.directive_id
			join administrative_unit du on du.id = d.unit_id
			left join administrative_unit au on au.id = t.assignee_unit_id
			""";

	private static final String DIRECTIVES = """
			select d.*, du.code as unit_code, du.name as unit_name, du.path as unit_path,
			       (select count(*) from task t where t.directive_id = d.id) as tasks
			from directive d join administrative_unit du on du.id = d.unit_id
			""";

	/** Directives kept at a unit of the subtree ({@code kd}), before the condition on the path. */
	private static final String KEPT_IN_SUBTREE = "administrative_unit ku join directive kd on kd.unit_id = ku.id";

	/** Tasks assigned to a unit of the subtree ({@code ta}). */
	private static final String ASSIGNED_IN_SUBTREE = """
			administrative_unit au2 join task ta on ta.assignee_unit_id = au2.id where unit_path_under(au2.path, :path)""";

	/**
	 * Kept in the subtree, or with a task assigned to a unit in it: found from the subtree's units by
	 * index. (As "kept here or assigned here" over every directive, PostgreSQL hashed the whole unit
	 * table for each dashboard: 7 ms with a single directive in a national database.)
	 */
	private static final String IN_SUBTREE = "d.id in (select kd.id from " + KEPT_IN_SUBTREE
			+ " where unit_path_under(ku.path, :path) union select ta.directive_id from " + ASSIGNED_IN_SUBTREE + ")";

	private static final String TASKS_UNDER = TASKS + " where t.id in (select kt.id from " + KEPT_IN_SUBTREE
			+ " join task kt on kt.directive_id = kd.id where unit_path_under(ku.path, :path)"
			+ " union select ta.id from " + ASSIGNED_IN_SUBTREE + ") order by d.issued_year, d.id, t.id";

	private final JdbcClient jdbc;

	/** The tasks of the directives kept in the subtree, and the tasks assigned to a unit in it. */
	List<TaskRow> tasksUnder(String unitPath) {
		return jdbc.sql(TASKS_UNDER)
			.param("path", unitPath)
			.query(TaskQueries::task)
			.list();
	}

	List<TaskRow> tasksOf(long directiveId) {
		return jdbc.sql(TASKS + " where t.directive_id = :id order by t.id").param("id", directiveId)
			.query(TaskQueries::task)
			.list();
	}

	Optional<TaskRow> task(long id) {
		return jdbc.sql(TASKS + " where t.id = :id").param("id", id).query(TaskQueries::task).optional();
	}

	List<DirectiveView> directivesUnder(String unitPath) {
		return jdbc.sql(DIRECTIVES + " where " + IN_SUBTREE + " order by d.issued_year desc, d.issued_on desc nulls last, d.id desc")
			.param("path", unitPath)
			.query(TaskQueries::directive)
			.list();
	}

	/** Directives kept under exactly these units (a unit and its ancestors), newest first. */
	List<DirectiveView> directivesKeptAt(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(DIRECTIVES + " where d.unit_id in (:ids) order by d.issued_year desc, d.issued_on desc nulls last, d.id desc")
			.param("ids", unitIds)
			.query(TaskQueries::directive)
			.list();
	}

	Optional<DirectiveView> directive(long id) {
		return jdbc.sql(DIRECTIVES + " where d.id = :id").param("id", id).query(TaskQueries::directive).optional();
	}

	/** Records what a target-allocation task was given, once, when it is made. */
	void allocate(long taskId, YearMonth period, SchemeCounts allocated, SchemeCounts baseline) {
		jdbc.sql("""
				update task set allocation_period = :period,
				    allocated_bhyt = :allocatedBhyt, allocated_bhxh_compulsory = :allocatedCompulsory,
				    allocated_bhxh_voluntary = :allocatedVoluntary, allocated_bhtn = :allocatedBhtn,
				    baseline_bhyt = :baselineBhyt, baseline_bhxh_compulsory = :baselineCompulsory,
				    baseline_bhxh_voluntary = :baselineVoluntary, baseline_bhtn = :baselineBhtn
				where id = :id""")
			.param("id", taskId)
			.param("period", period.atDay(1))
			.param("allocatedBhyt", allocated.bhyt(), Types.BIGINT)
			.param("allocatedCompulsory", allocated.bhxhCompulsory(), Types.BIGINT)
			.param("allocatedVoluntary", allocated.bhxhVoluntary(), Types.BIGINT)
			.param("allocatedBhtn", allocated.bhtn(), Types.BIGINT)
			.param("baselineBhyt", baseline.bhyt(), Types.BIGINT)
			.param("baselineCompulsory", baseline.bhxhCompulsory(), Types.BIGINT)
			.param("baselineVoluntary", baseline.bhxhVoluntary(), Types.BIGINT)
			.param("baselineBhtn", baseline.bhtn(), Types.BIGINT)
			.update();
	}

	private static DirectiveView directive(ResultSet rs, int row) throws SQLException {
		return new DirectiveView(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("unit_path"), rs.getString("number"),
				new DirectiveDate(rs.getInt("issued_year"), date(rs, "issued_on")), rs.getString("issuer"),
				DirectiveKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("attachment_name"),
				rs.getInt("tasks"), rs.getLong("version"));
	}

	private static TaskRow task(ResultSet rs, int row) throws SQLException {
		Deadline deadline = Task.deadline(Recurrence.valueOf(rs.getString("recurrence")), date(rs, "due_date"),
				integer(rs, "due_weekday"), integer(rs, "due_month"), integer(rs, "due_day"));
		return new TaskRow(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("number"),
				new DirectiveDate(rs.getInt("issued_year"), date(rs, "issued_on")), rs.getString("title"),
				rs.getString("directive_unit_path"), rs.getString("assignee_name"), number(rs, "assignee_unit_id"),
				rs.getString("assignee_code"), rs.getString("assignee_unit_name"), rs.getString("assignee_path"),
				rs.getString("description"), deadline, required(date(rs, "starts_on")), date(rs, "ends_on"),
				TaskStatus.valueOf(rs.getString("status")), date(rs, "done_through"), date(rs, "done_on"),
				rs.getString("done_by"), rs.getInt("notes"), allocation(rs), rs.getLong("version"));
	}

	/** What a target-allocation task was given; null for the other tasks (and for one whose unit is gone). */
	private static @Nullable AllocatedTask allocation(ResultSet rs) throws SQLException {
		LocalDate period = date(rs, "allocation_period");
		Long unitId = number(rs, "assignee_unit_id");
		if (period == null || unitId == null || rs.getString("assignee_path") == null) {
			return null;
		}
		return new AllocatedTask(rs.getLong("id"), unitId, rs.getString("assignee_path"),
				number(rs, "assignee_parent_id"), YearMonth.from(period), counts(rs, "allocated_"), counts(rs, "baseline_"));
	}

	private static SchemeCounts counts(ResultSet rs, String prefix) throws SQLException {
		return new SchemeCounts(number(rs, prefix + "bhyt"), number(rs, prefix + "bhxh_compulsory"),
				number(rs, prefix + "bhxh_voluntary"), number(rs, prefix + "bhtn"));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable Long number(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate required(@Nullable LocalDate date) {
		if (date == null) {
			throw new IllegalStateException("starts_on is not null in the table");
		}
		return date;
	}
}
