package vn.baophu.imports;

/** Checks the rows of one kind of file; looks up what it needs with one query per table. */
interface KindCheck {

	ImportKind kind();

	/** The table's header is known to have every required column. */
	Checked check(Table table);
}
