package vn.baophu.audit;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The reason a user gives for a change (a confirmed warning, a reopened month) and who acts,
 * carried to the revision written by the same transaction on the same thread.
 */
public final class AuditComment {

	private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();
	private static final ThreadLocal<@Nullable String> ACTOR = new ThreadLocal<>();

	private AuditComment() {
	}

	/** Runs {@code work} with the comment attached to whatever revision it writes. */
	public static <T> T with(@Nullable String comment, Supplier<T> work) {
		String previous = CURRENT.get();
		CURRENT.set(comment == null || comment.isBlank() ? previous : comment.trim());
		try {
			return work.get();
		}
		finally {
			CURRENT.set(previous);
		}
	}

	/** As {@link #with}, and the revision names {@code user} as the one who changed it. */
	public static <T> T as(String user, @Nullable String comment, Supplier<T> work) {
		String previous = ACTOR.get();
		ACTOR.set(user);
		try {
			return with(comment, work);
		}
		finally {
			ACTOR.set(previous);
		}
	}

	static @Nullable String actor() {
		return ACTOR.get();
	}

	static @Nullable String current() {
		return CURRENT.get();
	}
}
