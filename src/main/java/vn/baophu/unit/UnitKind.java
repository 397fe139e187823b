package vn.baophu.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a unit is called: the Vietnamese kinds, or a bare level when the source gives only that.
 * "Thành phố" is a province (centrally run city) or a district (city of a province); the parent decides.
 */
public enum UnitKind {
	TINH("tinh"),
	// The official lists spell out which kind of city: centrally run (a province), of a province or of
	// a centrally run city (a district).
	THANH_PHO("thanh pho", "thanh pho truc thuoc trung uong", "thanh pho thuoc tinh",
			"thanh pho thuoc thanh pho truc thuoc trung uong"),
	HUYEN("huyen"), QUAN("quan"), THI_XA("thi xa"),
	XA("xa"), PHUONG("phuong"), THI_TRAN("thi tran"), DAC_KHU("dac khu"),
	PROVINCE("province"), DISTRICT("district"), COMMUNE("commune");

	private final java.util.List<String> spellings;

	UnitKind(String... spellings) {
		this.spellings = java.util.List.of(spellings);
	}

	/** Reads "tỉnh", "Thị trấn", "thi_tran", "commune", "Thành phố thuộc tỉnh"… (any case, with or without marks). */
	public static Optional<UnitKind> parse(String text) {
		String plainText = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").replace('đ', 'd').replace('_', ' ').replaceAll("\\s+", " ");
		for (UnitKind kind : values()) {
			if (kind.spellings.contains(plainText)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	boolean isCommuneKind() {
		return this == XA || this == PHUONG || this == THI_TRAN || this == DAC_KHU || this == COMMUNE;
	}

	boolean isProvinceOnly() {
		return this == TINH || this == PROVINCE;
	}

	/**
	 * The level that follows from the parent's level (null parent = a root), or empty when the
	 * combination is impossible (a commune with children, a district without a province…).
	 */
	public Optional<UnitLevel> levelUnder(UnitLevel parentLevel) {
		if (parentLevel == null) {
			return (isProvinceOnly() || this == THANH_PHO) ? Optional.of(UnitLevel.PROVINCE) : Optional.empty();
		}
		if (isProvinceOnly()) {
			return Optional.empty();
		}
		return switch (parentLevel) {
			case PROVINCE -> Optional.of(isCommuneKind() ? UnitLevel.COMMUNE : UnitLevel.DISTRICT);
			case DISTRICT -> isCommuneKind() ? Optional.of(UnitLevel.COMMUNE) : Optional.empty();
			case COMMUNE -> Optional.empty();
		};
	}
}
