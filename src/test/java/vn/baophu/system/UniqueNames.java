package vn.baophu.system;

import java.util.concurrent.atomic.AtomicInteger;

/** Usernames no other test (nor a second run on the same database) has used. */
final class UniqueNames {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private UniqueNames() {
	}

	static String next(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + COUNTER.incrementAndGet();
	}
}
