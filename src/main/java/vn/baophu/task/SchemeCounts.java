package vn.baophu.task;

import org.jspecify.annotations.Nullable;

/** People per scheme (BHYT, BHXH bắt buộc, BHXH tự nguyện, BHTN); null = none / not known. */
public record SchemeCounts(@Nullable Long bhyt, @Nullable Long bhxhCompulsory, @Nullable Long bhxhVoluntary,
		@Nullable Long bhtn) {

	public static final SchemeCounts NONE = new SchemeCounts(null, null, null, null);

	public boolean isEmpty() {
		return bhyt == null && bhxhCompulsory == null && bhxhVoluntary == null && bhtn == null;
	}
}
