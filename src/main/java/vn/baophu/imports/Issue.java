package vn.baophu.imports;

import java.util.List;

/**
 * A problem before it is put into words: a message key of the imports bundle and its arguments,
 * formatted in the reader's language by {@link ImportService} ({@code Long} = people,
 * {@code BigDecimal} = signed with two decimals, {@code YearMonth} = 06/2023, anything else as text).
 */
record Issue(int row, String field, String key, List<Object> args) {

	static Issue of(int row, String field, String key, Object... args) {
		return new Issue(row, field, key, List.of(args));
	}
}
