package vn.baophu.imports;

import org.jspecify.annotations.Nullable;

/** Checks the rows of one kind of file; looks up what it needs with one query per table. */
interface KindCheck {

	ImportKind kind();

	/** The table's header is known to have every required column. */
	Checked check(Table table);

	/**
	 * As {@link #check(Table)} for a user who may change only the subtree with this path (null = the
	 * whole tree), for checks whose rules depend on it; rows outside it are {@link ImportGuards}' to refuse.
	 */
	default Checked check(Table table, @Nullable String scopePath) {
		return check(table);
	}

	/** As {@link #check(Table, String)} with everything known of the import, for checks that need more. */
	default Checked check(Table table, ImportContext context) {
		return check(table, context.scopePath());
	}
}
