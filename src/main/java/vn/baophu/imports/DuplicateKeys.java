package vn.baophu.imports;

import java.util.HashMap;
import java.util.Map;

/** Remembers the first row of each key in a file and reports any later row with the same key. */
final class DuplicateKeys {

	private final Map<String, Integer> firstRows = new HashMap<>();

	/** True when the key is new; otherwise adds an error on the row naming the first row. */
	boolean firstTime(RowCheck row, String field, String key) {
		Integer first = firstRows.putIfAbsent(key, row.number());
		if (first == null) {
			return true;
		}
		row.error(field, "import.error.duplicateRow", key, String.valueOf(first));
		return false;
	}
}
