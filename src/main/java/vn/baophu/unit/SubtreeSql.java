package vn.baophu.unit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The leaves below a unit, as SQL for the modules that sum over a subtree in one statement. The unit
 * module owns the table, so the way to walk it by path, and back in time through reforms, lives here.
 */
public final class SubtreeSql {

	/**
	 * The key of the whole unit's row among sums per child ({@code group by rollup (child)}, see
	 * {@link #key}); every other row's key is its child's id.
	 */
	public static final String TOTAL = "";

	/**
	 * A {@code with} clause defining {@code leaf(id, child, opened_from, closed_from)}: every unit without
	 * children whose path starts with {@code :path}, the id (as text) of the child of that unit it lies
	 * under, and its life span; one index range scan.
	 */
	public static final String LEAVES = leaves("");

	/** As {@link #LEAVES}, with only the units that exist at the end of the month ({@code :monthEnd}). */
	public static final String LEAVES_OPEN_AT_MONTH_END = leaves("\n      and " + existsOn("u", ":monthEnd"));

	/**
	 * To follow {@link #LEAVES} (or its variant) in the same {@code with}: {@code source(leaf, child, src,
	 * share, opened_from, closed_from)}, the leaf itself (share 1) and, for a unit formed by a reform, the
	 * units it was formed from, recursively, with the product of the shares as a fraction. A value of a
	 * day before the leaf existed is Σ share × value over the sources that existed on that day
	 * ({@link #existsOn}); for a unit that no reform formed, that is the leaf alone.
	 * <p>
	 * Each step looks its links up by index (a lateral subquery): once the reform of 1/7/2025 had put
	 * 10 655 links in the national database, the cached plan hashed all of them for every gap table,
	 * a commune's too (bench/README.md, sixth session).
	 */
	public static final String SOURCES = """
			, lineage(leaf, child, src, share) as (
			    select id, child, id, 1::numeric from leaf
			    union all
			    select ln.leaf, ln.child, p.predecessor_id, ln.share * p.share / 100
			    from lineage ln
			    cross join lateral (select predecessor_id, share from unit_predecessor where unit_id = ln.src offset 0) p),
			source as (
			    select ln.leaf, ln.child, ln.src, ln.share, s.opened_from, s.closed_from
			    from lineage ln
			    cross join lateral (select opened_from, closed_from from administrative_unit where id = ln.src offset 0) s)
			""";

	private SubtreeSql() {
	}

	/**
	 * For a {@code … from source s}: {@code left join} the row of {@code table} of each source that meets
	 * {@code condition}, named {@code alias} (a line of SQL), looked up by its index one source at a time. PostgreSQL cannot
	 * estimate the recursive lineage (it guesses a hundred times the rows there are) and, joined plainly,
	 * hashes the whole table instead: 25 ms for a district of 14 communes in a national database, against
	 * 1 ms this way ({@code offset 0} keeps the subquery from being turned back into a plain join).
	 */
	public static String joinPerSource(String table, String alias, String condition) {
		return joinPerUnit("s.src", table, alias, condition);
	}

	/** As {@link #joinPerSource}, for the unit whose id is {@code unitId} (e.g. {@code l.id} of a leaf). */
	public static String joinPerUnit(String unitId, String table, String alias, String condition) {
		return "left join lateral (select * from %1$s where unit_id = %4$s and %3$s offset 0) %2$s on true\n"
			.formatted(table, alias, condition, unitId);
	}

	/**
	 * For a {@code select … from source s … group by s.leaf}: a leaf's denominator column (of the row
	 * joined as {@code alias}): its own row, else Σ share × value over the sources that existed on the
	 * year's first day (a unit formed during the year), else null; null too when a source lacks it.
	 * Named {@code alias_column}.
	 */
	public static String leafDenominator(String alias, String column, String yearStart) {
		String sources = existsOn("s", yearStart);
		return ("coalesce(max(%1$s.%2$s) filter (where s.src = s.leaf),\n"
				+ "    case when bool_and(%1$s.%2$s is not null) filter (where %3$s)"
				+ " then sum(s.share * %1$s.%2$s) filter (where %3$s) end) as %1$s_%2$s")
			.formatted(alias, column, sources);
	}

	/**
	 * As {@link #leafDenominator} for a count of participants as of a day: Σ share × count over the
	 * sources that existed that day, if every one of them reported it. Named {@code alias_column}.
	 */
	public static String leafCount(String alias, String column, String day) {
		String sources = existsOn("s", day);
		return "case when bool_and(%1$s.%2$s is not null) filter (where %3$s) then sum(s.share * %1$s.%2$s) filter (where %3$s) end as %1$s_%2$s"
			.formatted(alias, column, sources);
	}

	/**
	 * For a {@code select … from per_leaf l group by …}: per column, the sum over the leaves rounded half
	 * up to whole people (once, on the final sum) and how many leaves have the value.
	 */
	public static String roundedSums(String... columns) {
		return java.util.Arrays.stream(columns)
			.map(column -> "round(sum(l.%1$s))::bigint, count(l.%1$s)".formatted(column))
			.collect(java.util.stream.Collectors.joining(",\n    ", "    ", "\n"));
	}

	/** The condition that the unit (alias) exists on the day (an SQL expression): opened by then, not yet closed. */
	public static String existsOn(String alias, String day) {
		return "(%1$s.opened_from is null or %1$s.opened_from <= %2$s) and (%1$s.closed_from is null or %1$s.closed_from > %2$s)"
			.formatted(alias, day);
	}

	private static String leaves(String condition) {
		return """
				with recursive leaf as (
				    select u.id, split_part(substr(u.path, length(:path) + 1), '/', 1) as child, u.opened_from, u.closed_from
				    from administrative_unit u
				    where unit_path_under(u.path, :path)
				      and not exists (select 1 from administrative_unit c where c.parent_id = u.id)"""
				+ condition + ")\n";
	}

	/** The key of a row of {@code select grouping(child) as is_total, child … group by rollup (child)}. */
	public static String key(ResultSet row) throws SQLException {
		return row.getInt("is_total") == 1 ? TOTAL : row.getString("child");
	}

}
