package vn.baophu.unit;

/** The three levels of the administrative tree. */
public enum UnitLevel {
	PROVINCE, DISTRICT, COMMUNE
}
