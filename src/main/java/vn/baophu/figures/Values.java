package vn.baophu.figures;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The four counts of one leaf unit and month; null = not reported. */
public record Values(@Nullable Long bhyt, @Nullable Long bhxhCompulsory, @Nullable Long bhxhVoluntary,
		@Nullable Long bhtn) {

	public static final Values NONE = new Values(null, null, null, null);

	public @Nullable Long get(Scheme scheme) {
		return switch (scheme) {
			case BHYT -> bhyt;
			case BHXH_COMPULSORY -> bhxhCompulsory;
			case BHXH_VOLUNTARY -> bhxhVoluntary;
			case BHTN -> bhtn;
		};
	}

	public Values with(Scheme scheme, @Nullable Long value) {
		return new Values(scheme == Scheme.BHYT ? value : bhyt,
				scheme == Scheme.BHXH_COMPULSORY ? value : bhxhCompulsory,
				scheme == Scheme.BHXH_VOLUNTARY ? value : bhxhVoluntary, scheme == Scheme.BHTN ? value : bhtn);
	}

	public boolean sameAs(Values other, Scheme scheme) {
		return Objects.equals(get(scheme), other.get(scheme));
	}

	public boolean isEmpty() {
		return bhyt == null && bhxhCompulsory == null && bhxhVoluntary == null && bhtn == null;
	}
}
