package vn.baophu.user;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed sign-ins ({@code sign_in_failure}, written by {@link SignInAttempts}) and the accounts
 * they locked, for administrators, one query per list: every name typed for an administrator of the
 * whole tree, only the users of their subtree for one tied to a unit.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SignInHistory {

	private static final String IN_SCOPE = """
			(cast(:scope as bigint) is null
			 or unit_path_under(a.path, (select s.path from administrative_unit s where s.id = :scope)))""";

	private final JdbcClient jdbc;
	private final Clock clock;

	/** The accounts a failure locked within {@code within} before now, the most recently locked first. */
	public List<LockedAccount> recentlyLocked(SignedInUser admin, Duration within) {
		checkAdministrator(admin);
		Instant now = clock.instant();
		return lockedSince(admin.unitId(), now.minus(within), now);
	}

	/** The newest failed sign-ins within {@code within} before now, at most {@code limit}. */
	public List<SignInFailure> recentFailures(SignedInUser admin, Duration within, int limit) {
		checkAdministrator(admin);
		return failuresSince(admin.unitId(), clock.instant().minus(within), limit);
	}

	private static void checkAdministrator(SignedInUser user) {
		if (!user.isAdministrator()) {
			throw new AccessDeniedException(user.username() + " may not read the sign-in failures");
		}
	}

	private List<LockedAccount> lockedSince(@Nullable Long scopeUnitId, Instant since, Instant now) {
		return jdbc.sql("""
				select u.username, u.display_name, a.name as unit_name, max(f.failed_at) as last_locked, count(*) as locks,
				       case when u.locked_until > :now then u.locked_until end as locked_until
				from sign_in_failure f
				join app_user u on u.username = f.username
				left join administrative_unit a on a.id = u.unit_id
				where f.locked and f.failed_at >= :since and """ + IN_SCOPE + """

				group by u.username, u.display_name, a.name, u.locked_until
				order by last_locked desc, u.username""")
			.param("scope", scopeUnitId, Types.BIGINT)
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> {
				Timestamp until = rs.getTimestamp("locked_until");
				return new LockedAccount(rs.getString("username"), rs.getString("display_name"),
						rs.getString("unit_name"), rs.getTimestamp("last_locked").toInstant(), rs.getInt("locks"),
						until == null ? null : until.toInstant());
			})
			.list();
	}

	private List<SignInFailure> failuresSince(@Nullable Long scopeUnitId, Instant since, int limit) {
		return jdbc.sql("""
				select f.username, f.failed_at, f.remote_address, u.username is not null as known, f.locked
				from sign_in_failure f
				left join app_user u on u.username = f.username
				left join administrative_unit a on a.id = u.unit_id
				where f.failed_at >= :since
				  and (cast(:scope as bigint) is null or (u.username is not null and """ + IN_SCOPE + """
				))
				order by f.failed_at desc, f.id desc
				limit :limit""")
			.param("scope", scopeUnitId, Types.BIGINT)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, row) -> new SignInFailure(rs.getString("username"), rs.getTimestamp("failed_at").toInstant(),
					rs.getString("remote_address"), rs.getBoolean("known"), rs.getBoolean("locked")))
			.list();
	}
}
