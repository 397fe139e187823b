package vn.baophu.imports;

import java.util.List;

/** The file is not a CSV or .xlsx we can read, or exceeds a {@link FileLimits} limit; carries the issue saying why. */
class UnreadableFileException extends RuntimeException {

	private final transient Issue issue;

	UnreadableFileException(String key, Object... args) {
		super(key);
		this.issue = new Issue(0, "", key, List.of(args));
	}

	/** A limit or a fault at one row of the file ({@link Issue#row()} &gt; 0). */
	UnreadableFileException(Issue issue) {
		super(issue.key());
		this.issue = issue;
	}

	Issue issue() {
		return issue;
	}
}
