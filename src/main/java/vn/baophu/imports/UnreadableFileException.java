package vn.baophu.imports;

import java.util.List;

/** The file is not a CSV or .xlsx we can read; carries the message key saying why. */
class UnreadableFileException extends RuntimeException {

	private final transient Issue issue;

	UnreadableFileException(String key, Object... args) {
		super(key);
		this.issue = new Issue(0, "", key, List.of(args));
	}

	Issue issue() {
		return issue;
	}
}
