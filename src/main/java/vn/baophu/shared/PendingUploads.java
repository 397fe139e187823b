package vn.baophu.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files checked in a preview and kept until their user saves them, so that "Save" saves
 * exactly the file that was checked. Kept per user, not per session (a user with several sessions
 * still holds at most {@code perUser} files: the oldest is dropped), and each for {@code ttl} at most;
 * a token is good only for the user it was given to, once.
 *
 * @param <T> what is kept: the file and what it is for
 */
public final class PendingUploads<T> {

	private record Kept<T>(T item, Instant keptAt) {
	}

	private final Clock clock;
	private final Duration ttl;
	private final int perUser;
	private final Map<String, LinkedHashMap<String, Kept<T>>> byUser = new HashMap<>();

	public PendingUploads(Clock clock, Duration ttl, int perUser) {
		this.clock = clock;
		this.ttl = ttl;
		this.perUser = Math.max(perUser, 1);
	}

	/** Keeps the item for the user and returns its token; drops expired items and the user's oldest beyond the cap. */
	public synchronized String keep(String user, T item) {
		dropExpired();
		LinkedHashMap<String, Kept<T>> kept = byUser.computeIfAbsent(user, name -> new LinkedHashMap<>());
		String token = UUID.randomUUID().toString();
		kept.put(token, new Kept<>(item, clock.instant()));
		Iterator<String> oldest = kept.keySet().iterator();
		while (kept.size() > perUser) {
			oldest.next();
			oldest.remove();
		}
		return token;
	}

	/** Removes and returns the user's item under the token; empty when unknown, expired, taken or another user's. */
	public synchronized Optional<T> take(String user, String token) {
		dropExpired();
		LinkedHashMap<String, Kept<T>> kept = byUser.get(user);
		Kept<T> item = kept == null ? null : kept.remove(token);
		if (kept != null && kept.isEmpty()) {
			byUser.remove(user);
		}
		return Optional.ofNullable(item).map(Kept::item);
	}

	/** How many items the user holds now (expired ones not counted). */
	public synchronized int count(String user) {
		dropExpired();
		LinkedHashMap<String, Kept<T>> kept = byUser.get(user);
		return kept == null ? 0 : kept.size();
	}

	private void dropExpired() {
		Instant oldestAllowed = clock.instant().minus(ttl);
		byUser.values().forEach(kept -> kept.values().removeIf(item -> item.keptAt().isBefore(oldestAllowed)));
		byUser.values().removeIf(Map::isEmpty);
	}
}
