package vn.baophu.user;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, so passwords cannot be guessed, and
 * keeps every failure for the administrators ({@link SignInHistory}).
 * Each failure is counted by one atomic update (no read-modify-write of the entity): attempts
 * arriving together are all counted, and none fails on the account's version.
 */
@Component
@RequiredArgsConstructor
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	/** How long failed sign-ins are kept for the administrators' page. */
	static final Duration KEPT = Duration.ofDays(90);

	private final JdbcClient jdbc;
	private final SignInSettings settings;
	private final Clock clock;

	/**
	 * Counts the failure against the account (if a user has the name) and records it in
	 * {@code sign_in_failure}, with whether it locked the account, in one statement; failures older than
	 * {@link #KEPT} are dropped on the way.
	 */
	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = clock.instant();
		Instant until = now.plus(settings.lockFor());
		boolean locked = jdbc.sql("""
				with counted as (
				    update app_user
				    set failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end,
				        locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end
				    where username = :username
				    returning locked_until),
				dropped as (delete from sign_in_failure where failed_at < :keptFrom)
				insert into sign_in_failure (username, failed_at, remote_address, locked)
				select left(:username, 100), :now, left(:address, 64),
				       coalesce((select locked_until = :until from counted), false)
				returning locked""")
			.param("max", settings.maxFailures())
			.param("until", Timestamp.from(until))
			.param("username", username)
			.param("now", Timestamp.from(now))
			.param("keptFrom", Timestamp.from(now.minus(KEPT)))
			.param("address", remoteAddress(event), Types.VARCHAR)
			.query(Boolean.class)
			.single();
		if (locked) {
			log.warn("Account '{}' locked until {} after {} failed sign-ins", username, until, settings.maxFailures());
		}
	}

	private static @Nullable String remoteAddress(AuthenticationFailureBadCredentialsEvent event) {
		return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}

	/**
	 * Starts the count again. The account was read for this very sign-in, so when it shows no failure
	 * and no lock there is nothing to reset: scripts sign every API request, and a statement that changes
	 * nothing was one of the few each of their requests costs.
	 */
	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user && user.failedSignIns() == 0
				&& user.lockedUntil() == null) {
			return;
		}
		jdbc.sql("""
				update app_user set failed_sign_ins = 0, locked_until = null
				where username = :username and (failed_sign_ins > 0 or locked_until is not null)""")
			.param("username", event.getAuthentication().getName())
			.update();
	}
}
