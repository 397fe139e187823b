package vn.baophu.user;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated failed sign-ins, so passwords cannot be guessed. */
@Component
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final UserAccountRepository accounts;
	private final SignInSettings settings;
	private final Clock clock;

	SignInAttempts(UserAccountRepository accounts, SignInSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		accounts.findByUsername(username).ifPresent(account -> {
			Instant until = clock.instant().plus(settings.lockFor());
			account.failedSignIn(settings.maxFailures(), until);
			if (until.equals(account.getLockedUntil())) {
				log.warn("Account '{}' locked until {} after {} failed sign-ins", username, until,
						settings.maxFailures());
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsername(event.getAuthentication().getName())
			.filter(account -> account.getFailedSignIns() > 0 || account.getLockedUntil() != null)
			.ifPresent(UserAccount::signedIn);
	}
}
