package vn.baophu.imports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an import is given beside its file: the subtree the user may change (null = the whole
 * tree), the day a reform takes effect (reform files only), the file's checksum and name.
 */
public record ImportContext(@Nullable String scopePath, @Nullable LocalDate effective, String checksum,
		String fileName) {
}
