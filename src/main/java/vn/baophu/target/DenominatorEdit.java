package vn.baophu.target;

/**
 * One denominators grid row as submitted: the version and values shown when the grid was opened,
 * and the values now. A row whose values did not change is left alone.
 */
public record DenominatorEdit(long version, DenominatorValues original, DenominatorValues submitted) {

	public long unitId() {
		return submitted.unitId();
	}

	public boolean changed() {
		return !original.equals(submitted);
	}
}
