package vn.baophu.user;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in and creates accounts. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

	private final UserAccountRepository accounts;
	private final PasswordEncoder passwordEncoder;

	UserService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(UserAccount::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional
	public void create(String username, String rawPassword, String displayName, Role role, @Nullable Long unitId) {
		accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role, unitId));
	}
}
