package vn.baophu.imports;

/** Checks the rows of one kind of file ({@link KindChecks}); looks up what it needs with one query per table. */
interface KindCheck {

	/**
	 * The table's header is known to have every required column. The context says what else is known
	 * of the import (the user's subtree, a reform's day…), for the checks whose rules depend on it;
	 * rows outside the subtree are {@link ImportGuards}' to refuse.
	 */
	Checked check(Table table, ImportContext context);
}
