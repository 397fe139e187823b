package vn.baophu.unit;

/**
 * The leaves below a unit, as SQL for the modules that sum over a subtree in one statement. The unit
 * module owns the table, so the way to walk it by path lives here.
 */
public final class SubtreeSql {

	/**
	 * A {@code with} clause defining {@code leaf(id, child)}: every unit without children whose path starts
	 * with {@code :path}, and the id (as text) of the child of that unit it lies under; one index range scan.
	 */
	public static final String LEAVES = leaves("");

	/** As {@link #LEAVES}, without the units closed by the end of the month ({@code :monthEnd}). */
	public static final String LEAVES_OPEN_AT_MONTH_END = leaves(
			"\n      and (u.closed_from is null or u.closed_from > :monthEnd)");

	private SubtreeSql() {
	}

	private static String leaves(String condition) {
		return """
				with leaf as (
				    select u.id, split_part(substr(u.path, length(:path) + 1), '/', 1) as child
				    from administrative_unit u
				    where u.path like :path || '%'
				      and not exists (select 1 from administrative_unit c where c.parent_id = u.id)"""
				+ condition + ")\n";
	}
}
