package vn.baophu.figures;

/** The four counts entered per leaf unit and month; the names are the import columns. */
public enum Scheme {
	BHYT("bhyt"), BHXH_COMPULSORY("bhxh_bb"), BHXH_VOLUNTARY("bhxh_tn"), BHTN("bhtn");

	private final String column;

	Scheme(String column) {
		this.column = column;
	}

	/** The column name used in import files and form fields. */
	public String column() {
		return column;
	}
}
