package vn.baophu.imports;

import java.time.OffsetDateTime;

/**
 * One line of the import history. {@code rows}: data rows in the file; {@code imported}: rows
 * saved (0 when refused); {@code saved}: the file had no error and was saved; {@code importedAt} in
 * Vietnam's time zone.
 */
public record ImportRecord(long id, ImportKind kind, String fileName, String checksum, int rows, int imported,
		int errors, int warnings, boolean saved, String importedBy, OffsetDateTime importedAt) {
}
