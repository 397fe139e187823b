package vn.baophu.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentlyVerifiedPasswordsTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
	private final AtomicInteger hashChecks = new AtomicInteger();
	private final MutableClock clock = new MutableClock();
	private RecentlyVerifiedPasswords provider;

	@BeforeEach
	void setUp() {
		users.createUser(User.withUsername("staff").password(encoder.encode("s3cret")).roles("STAFF").build());
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		AuthenticationProvider counting = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) {
				hashChecks.incrementAndGet();
				return passwords.authenticate(authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return passwords.supports(authentication);
			}
		};
		provider = new RecentlyVerifiedPasswords(counting, users, Duration.ofMinutes(5), clock);
	}

	@Test
	void aPasswordVerifiedAMomentAgoIsNotHashedAgain() {
		assertThat(provider.authenticate(login("s3cret")).isAuthenticated()).isTrue();
		assertThat(provider.authenticate(login("s3cret")).isAuthenticated()).isTrue();
		assertThat(hashChecks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedAndRefused() {
		provider.authenticate(login("s3cret"));
		assertThatThrownBy(() -> provider.authenticate(login("guess"))).isInstanceOf(BadCredentialsException.class);
		assertThat(hashChecks).hasValue(2);
	}

	@Test
	void aChangedPasswordTakesEffectAtOnce() {
		provider.authenticate(login("s3cret"));
		users.updateUser(User.withUsername("staff").password(encoder.encode("n3w")).roles("STAFF").build());
		assertThatThrownBy(() -> provider.authenticate(login("s3cret"))).isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void aDisabledAccountIsRefusedAtOnce() {
		provider.authenticate(login("s3cret"));
		users.updateUser(User.withUsername("staff").password(users.loadUserByUsername("staff").getPassword())
			.roles("STAFF").disabled(true).build());
		assertThatThrownBy(() -> provider.authenticate(login("s3cret"))).isInstanceOf(DisabledException.class);
	}

	@Test
	void theMemoryFadesAfterItsTimeToLive() {
		provider.authenticate(login("s3cret"));
		clock.advance(Duration.ofMinutes(6));
		provider.authenticate(login("s3cret"));
		assertThat(hashChecks).hasValue(2);
	}

	@Test
	void requestsArrivingTogetherCheckTheHashOnce() throws Exception {
		int requests = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Authentication>> results = new java.util.ArrayList<>();
			for (int i = 0; i < requests; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return provider.authenticate(login("s3cret"));
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<Authentication> result : results) {
				assertThat(result.get().isAuthenticated()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(hashChecks).hasValue(1);
	}

	private static UsernamePasswordAuthenticationToken login(String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated("staff", password);
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T08:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
