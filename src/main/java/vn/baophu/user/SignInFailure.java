package vn.baophu.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One failed sign-in: the name typed, when, from which address (as the server saw it), whether a user
 * has that name ({@code knownUser}), and whether this failure locked the account.
 */
public record SignInFailure(String username, Instant failedAt, @Nullable String remoteAddress, boolean knownUser,
		boolean locked) {
}
