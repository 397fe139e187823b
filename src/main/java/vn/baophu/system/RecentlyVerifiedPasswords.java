package vn.baophu.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scripts sign every API request with HTTP Basic, and checking a password hash is deliberately
 * slow (tens of milliseconds). A password verified a moment ago is therefore remembered, as a keyed
 * hash (never the password), for a short time and only while the stored password hash is unchanged,
 * so a password change or a disabled account takes effect at once.
 */
final class RecentlyVerifiedPasswords implements AuthenticationProvider {

	private final AuthenticationProvider delegate;
	private final UserDetailsService users;
	private final Duration timeToLive;
	private final Clock clock;
	private final Map<String, Verified> verified = new ConcurrentHashMap<>();
	private final SecretKeySpec key;

	private final Object[] stripes = new Object[64];

	RecentlyVerifiedPasswords(AuthenticationProvider delegate, UserDetailsService users, Duration timeToLive,
			Clock clock) {
		this.delegate = delegate;
		this.users = users;
		this.timeToLive = timeToLive;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Object();
		}
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (credentials == null) {
			return delegate.authenticate(authentication);
		}
		byte[] fingerprint = fingerprint(username, credentials.toString());
		Authentication remembered = remembered(username, fingerprint);
		if (remembered != null) {
			return remembered;
		}
		// One hash check per name at a time: when the memory fades, a script's 16 concurrent requests
		// had each checked the hash (tens of milliseconds of CPU each); the others now wait and find it.
		synchronized (stripes[Math.floorMod(username.hashCode(), stripes.length)]) {
			remembered = remembered(username, fingerprint);
			if (remembered != null) {
				return remembered;
			}
			verified.remove(username);
			Authentication result = delegate.authenticate(authentication);
			if (result != null && result.getPrincipal() instanceof UserDetails user) {
				verified.put(username, new Verified(fingerprint, user.getPassword(), clock.instant().plus(timeToLive)));
			}
			return result;
		}
	}

	/** The user, if this password was verified a moment ago and the account is still as it was then. */
	private @Nullable Authentication remembered(String username, byte[] fingerprint) {
		Verified earlier = verified.get(username);
		if (earlier == null || !clock.instant().isBefore(earlier.until())
				|| !MessageDigest.isEqual(earlier.fingerprint(), fingerprint)) {
			return null;
		}
		UserDetails user = users.loadUserByUsername(username);
		if (user.getPassword().equals(earlier.passwordHash()) && user.isEnabled() && user.isAccountNonLocked()
				&& user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	private byte[] fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Verified(byte[] fingerprint, String passwordHash, Instant until) {
	}
}
