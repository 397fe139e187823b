package vn.baophu.report.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The tables of a report, in the order the monthly report bundle gives them. */
@NamedInterface("exports")
public enum TableKind {
	BHYT, BHXH, BHTN,
	/** The people still to enrol by unit: BHXH bắt buộc, BHXH tự nguyện, BHTN, BHYT. */
	REMAINING;

	/** The tables of the gap-table page. */
	public static final List<TableKind> GAP_TABLES = List.of(BHYT, BHXH, BHTN);

	/** The key in URLs and message keys: {@code bhyt}, {@code remaining}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TableKind> fromKey(String key) {
		for (TableKind kind : values()) {
			if (kind.key().equalsIgnoreCase(key.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
