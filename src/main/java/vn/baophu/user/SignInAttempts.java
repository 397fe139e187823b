package vn.baophu.user;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, so passwords cannot be guessed.
 * Each failure is counted by one atomic update (no read-modify-write of the entity): attempts
 * arriving together are all counted, and none fails on the account's version.
 */
@Component
@RequiredArgsConstructor
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final JdbcClient jdbc;
	private final SignInSettings settings;
	private final Clock clock;

	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant until = clock.instant().plus(settings.lockFor());
		Optional<Timestamp> lockedUntil = jdbc.sql("""
				update app_user
				set failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end,
				    locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end
				where username = :username
				returning locked_until""")
			.param("max", settings.maxFailures())
			.param("until", Timestamp.from(until))
			.param("username", username)
			.query(Timestamp.class)
			.optional();
		if (lockedUntil.isPresent() && lockedUntil.get().toInstant().equals(until)) {
			log.warn("Account '{}' locked until {} after {} failed sign-ins", username, until, settings.maxFailures());
		}
	}

	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("""
				update app_user set failed_sign_ins = 0, locked_until = null
				where username = :username and (failed_sign_ins > 0 or locked_until is not null)""")
			.param("username", event.getAuthentication().getName())
			.update();
	}
}
