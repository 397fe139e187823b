package vn.baophu.user;

import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in; lets administrators list, create and change the users of their subtree,
 * and every user change their own password and language. Every change goes through JPA, so the
 * audit trail (Envers) records it; password hashes and sign-in locks are left out of it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UserService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(UserService.class);

	private final UserAccountRepository accounts;
	private final UserQueries queries;
	private final PasswordEncoder passwordEncoder;

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public UserDetails loadUserByUsername(String username) {
		return queries.signedIn(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** The account as it is now, for a session that signed in earlier (one statement, no transaction of its own). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<SignedInUser> current(String username) {
		return queries.signedIn(username);
	}

	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	/** Which of these user names are taken, in one query (for a file of new users). */
	public Set<String> existing(Collection<String> usernames) {
		return queries.existing(usernames);
	}

	/** The users an administrator may manage: those whose unit lies in the administrator's subtree. */
	public List<UserRow> list(SignedInUser admin) {
		return queries.inSubtree(admin.unitId());
	}

	public Optional<UserRow> find(String username) {
		return queries.find(username);
	}

	/** A user the administrator may manage; 404 when there is none, 403 when outside the subtree. */
	public UserRow require(SignedInUser admin, String username) {
		UserRow user = queries.find(username).orElseThrow(() -> new UserNotFoundException(username));
		if (!mayManage(admin, user)) {
			throw new AccessDeniedException(admin.username() + " may not manage user " + username);
		}
		return user;
	}

	/** An administrator tied to a unit manages only users inside its subtree, never those of the whole tree. */
	private static boolean mayManage(SignedInUser admin, UserRow user) {
		return admin.isAdministrator()
				&& (admin.unitId() == null || user.unitPath() != null && admin.canSee(user.unitPath()));
	}

	/** The users tied to one of these units (e.g. units a reform closes). */
	public List<UserRow> tiedTo(Collection<Long> unitIds) {
		return queries.tiedTo(unitIds);
	}

	/**
	 * Ties every user of a unit in {@code successors}' keys to the unit given for it (after a reform),
	 * keeping role, name and whether the account is enabled; by an administrator of the whole tree.
	 * Returns the users re-tied.
	 */
	@Transactional
	public List<String> retie(SignedInUser admin, Map<Long, Long> successors) {
		if (!admin.isAdministrator() || admin.unitId() != null) {
			throw new AccessDeniedException(admin.username() + " may not re-tie users across the tree");
		}
		List<String> retied = new java.util.ArrayList<>();
		for (UserRow row : queries.tiedTo(successors.keySet())) {
			UserAccount account = account(row.username());
			account.update(account.getDisplayName(), account.getRole(), successors.get(row.unitId()), account.isEnabled());
			retied.add(row.username());
			log.info("'{}' re-tied to unit {} by '{}' after a reform", row.username(), successors.get(row.unitId()),
					admin.username());
		}
		return retied;
	}

	@Transactional
	public void create(String username, String rawPassword, String displayName, Role role, @Nullable Long unitId) {
		accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role, unitId));
	}

	/**
	 * Creates checked users (see {@link NewUser}) in one transaction: all of them or, if one fails
	 * (a name taken meanwhile), none.
	 */
	@Transactional
	public int createAll(List<NewUser> newUsers) {
		accounts.saveAll(newUsers.stream()
			.map(user -> new UserAccount(user.username(), passwordEncoder.encode(user.rawPassword()),
					user.displayName(), user.role(), user.unitId()))
			.toList());
		return newUsers.size();
	}

	/**
	 * Changes name, role, unit and whether the account is enabled. {@code version} is the one the
	 * form showed: if someone saved the user since, nothing is changed.
	 */
	@Transactional
	public void update(SignedInUser admin, String username, long version, String displayName, Role role,
			@Nullable Long unitId, boolean enabled) {
		require(admin, username);
		if (admin.username().equals(username) && (role != Role.ADMINISTRATOR || !enabled)) {
			throw new AccessDeniedException(username + " may not disable or demote their own account");
		}
		UserAccount account = account(username);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, username);
		}
		account.update(displayName, role, unitId, enabled);
	}

	/** As the other {@code update}, and gives a new password too when one is given: one change, or none. */
	@Transactional
	public void update(SignedInUser admin, String username, long version, String displayName, Role role,
			@Nullable Long unitId, boolean enabled, @Nullable String newRawPassword) {
		update(admin, username, version, displayName, role, unitId, enabled);
		if (newRawPassword != null) {
			account(username).changePassword(passwordEncoder.encode(newRawPassword));
			log.info("Password of '{}' reset by '{}'", username, admin.username());
		}
	}

	@Transactional
	public void resetPassword(SignedInUser admin, String username, String rawPassword) {
		require(admin, username);
		account(username).changePassword(passwordEncoder.encode(rawPassword));
		log.info("Password of '{}' reset by '{}'", username, admin.username());
	}

	@Transactional
	public void unlock(SignedInUser admin, String username) {
		require(admin, username);
		account(username).unlock();
		log.info("Account '{}' unlocked by '{}'", username, admin.username());
	}

	/** Changes the user's own password; false (and nothing changed) when the current one is wrong. */
	@Transactional
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount account = account(username);
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(passwordEncoder.encode(newPassword));
		return true;
	}

	/** "vi" or "en"; used from the next sign-in on (the page that chose it switches at once). */
	@Transactional
	public void chooseLanguage(String username, String language) {
		if (!Objects.equals(language, "vi") && !Objects.equals(language, "en")) {
			throw new IllegalArgumentException("Unsupported language " + language);
		}
		account(username).chooseLanguage(language);
	}

	private UserAccount account(String username) {
		return accounts.findByUsername(username).orElseThrow(() -> new UserNotFoundException(username));
	}
}
