package vn.baophu.imports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One import of a file, saved or refused: who, when, which file (by its checksum) and what came of it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ImportBatch {

	static final int FILE_NAME_LENGTH = 300;
	static final int USER_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
	@SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	private String fileName;

	/** SHA-256 of the file's bytes, in hexadecimal. */
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String checksum;

	/** Data rows in the file (the header not counted). */
	private int rowCount;

	private int imported;

	private int errors;

	private int warnings;

	private boolean saved;

	private String importedBy;

	private Instant importedAt;

	/** The path of the importing user's unit at the time; null = a user of the whole tree. */
	private @Nullable String scopePath;

	ImportBatch(ImportKind kind, String fileName, String checksum, int rowCount, ImportResult result,
			String importedBy, Instant importedAt, @Nullable String scopePath) {
		this.kind = kind;
		this.fileName = cut(fileName, FILE_NAME_LENGTH);
		this.checksum = checksum;
		this.rowCount = rowCount;
		this.imported = result.imported();
		this.errors = result.errors().size();
		this.warnings = result.warnings().size();
		this.saved = result.saved();
		this.importedBy = cut(importedBy, USER_LENGTH);
		this.importedAt = importedAt;
		this.scopePath = scopePath;
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
