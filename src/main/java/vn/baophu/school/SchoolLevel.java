package vn.baophu.school;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The level of a school: primary, lower secondary, upper secondary, or another kind (a continuing-education centre…). */
public enum SchoolLevel {
	TIEU_HOC, THCS, THPT, OTHER;

	/** Reads "tiểu học", "TH", "THCS", "trung học cơ sở", "THPT", "trung học phổ thông", "khác", "other"… */
	public static Optional<SchoolLevel> parse(String text) {
		String plain = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "").replace('đ', 'd').replace('_', ' ').replaceAll("\\s+", " ");
		return Optional.ofNullable(switch (plain) {
			case "tieu hoc", "th", "primary", "tieu_hoc" -> TIEU_HOC;
			case "thcs", "trung hoc co so", "lower secondary" -> THCS;
			case "thpt", "trung hoc pho thong", "upper secondary" -> THPT;
			case "khac", "other" -> OTHER;
			default -> null;
		});
	}
}
