package vn.baophu.coverage;

import org.jspecify.annotations.Nullable;

/**
 * BHXH figures of one unit for one month; {@code null} = missing (not zero).
 *
 * @param labourForce the denominator (lực lượng lao động) for the year
 * @param compulsory participants in compulsory BHXH (bắt buộc)
 * @param voluntary participants in voluntary BHXH (tự nguyện)
 */
public record BhxhCounts(@Nullable Long labourForce, @Nullable Long compulsory, @Nullable Long voluntary) {

	private static final BhxhCounts MISSING = new BhxhCounts(null, null, null);

	/** Nothing reported. */
	public static BhxhCounts missing() {
		return MISSING;
	}

	/** {@code compulsory + voluntary}, or {@code null} if either is missing. */
	public @Nullable Long total() {
		return (compulsory == null || voluntary == null) ? null : Math.addExact(compulsory, voluntary);
	}

	/** Labour force and {@code compulsory + voluntary}: the counts of the BHXH total. */
	public Counts totalCounts() {
		return new Counts(labourForce, total());
	}

	/** Labour force and the voluntary participants: the counts of the voluntary part. */
	public Counts voluntaryCounts() {
		return new Counts(labourForce, voluntary);
	}

}
