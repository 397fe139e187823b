package vn.baophu.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.baophu.shared.PendingChanges;

/**
 * Users with their unit's code, name and path in one query; a subtree is a range of paths
 * ('/1/7/%'), as everywhere else.
 */
@Repository
@RequiredArgsConstructor
class UserQueries {

	private static final String SELECT = """
			select u.username, u.display_name, u.role, u.unit_id, a.code, a.name, a.path, u.enabled,
			    case when u.locked_until > now() then u.locked_until end as locked_until, u.language, u.version
			from app_user u
			left join administrative_unit a on a.id = u.unit_id
			""";

	private final JdbcClient jdbc;
	private final EntityManager entityManager;

	/**
	 * The account as sign-in and every signed-in request need it, in one statement: a page or API request
	 * reads it each time (see {@link SessionFollowsAccount}), so it goes without JPA's session and query
	 * translation.
	 */
	Optional<SignedInUser> signedIn(String username) {
		PendingChanges.flushBeforeSql(entityManager);
		return jdbc.sql("""
				select username, password_hash, display_name, role, unit_id, enabled, locked_until, language,
				       failed_sign_ins
				from app_user where username = :username""")
			.param("username", username)
			.query((rs, rowNum) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				return new SignedInUser(rs.getString("username"), rs.getString("password_hash"),
						rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class),
						rs.getBoolean("enabled"), lockedUntil == null ? null : lockedUntil.toInstant(),
						rs.getString("language"), rs.getInt("failed_sign_ins"));
			})
			.optional();
	}

	/** Every user whose unit lies in the subtree of {@code scopeUnitId}; every user when it is null. */
	List<UserRow> inSubtree(@Nullable Long scopeUnitId) {
		return jdbc.sql(SELECT + """
				where cast(:scope as bigint) is null
				   or unit_path_under(a.path, (select s.path from administrative_unit s where s.id = :scope))
				order by u.username""")
			.param("scope", scopeUnitId, Types.BIGINT)
			.query(UserQueries::row)
			.list();
	}

	Set<String> existing(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select username from app_user where username in (:usernames)")
			.param("usernames", usernames)
			.query(String.class)
			.list());
	}

	/** The users tied to one of these units. */
	List<UserRow> tiedTo(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where u.unit_id in (:ids) order by u.username")
			.param("ids", unitIds)
			.query(UserQueries::row)
			.list();
	}

	Optional<UserRow> find(String username) {
		return jdbc.sql(SELECT + "where u.username = :username")
			.param("username", username)
			.query(UserQueries::row)
			.optional();
	}

	private static UserRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new UserRow(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("unit_id", Long.class), rs.getString("code"), rs.getString("name"),
				rs.getString("path"), rs.getBoolean("enabled"), lockedUntil == null ? null : lockedUntil.toInstant(),
				rs.getString("language"), rs.getLong("version"));
	}
}
