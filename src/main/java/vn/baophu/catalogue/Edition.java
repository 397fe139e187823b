package vn.baophu.catalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The dates the catalogue has the units of: before the reform (three levels), and two after it (two levels). */
public enum Edition {

	PRE_2025("pre2025", LocalDate.of(2025, 3, 1), true),
	JULY_2025("2025-07-01", LocalDate.of(2025, 7, 1), false),
	APRIL_2026("2026-04-30", LocalDate.of(2026, 4, 30), false);

	private final String key;
	private final LocalDate asOf;
	private final boolean districts;

	Edition(String key, LocalDate asOf, boolean districts) {
		this.key = key;
		this.asOf = asOf;
		this.districts = districts;
	}

	/** "pre2025", "2025-07-01" or "2026-04-30", as in the files' names and the URLs. */
	public String key() {
		return key;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** Whether the units have three levels (province, district, commune). */
	public boolean hasDistricts() {
		return districts;
	}

	public static Optional<Edition> of(String key) {
		return Arrays.stream(values()).filter(edition -> edition.key.equals(key)).findFirst();
	}
}
