package vn.baophu.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account locked after failed sign-ins: when it was last locked, how many times in the period asked
 * about, and until when it is still locked ({@code lockedUntil}, null once the lock has run out or an
 * administrator lifted it).
 */
public record LockedAccount(String username, String displayName, @Nullable String unitName, Instant lastLockedAt,
		int locks, @Nullable Instant lockedUntil) {

	public boolean stillLocked() {
		return lockedUntil != null;
	}
}
