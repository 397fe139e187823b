package vn.baophu.shared;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code pending_upload} behind every {@link PendingUploads}: files waiting to be saved,
 * shared by all application nodes. Rows past their expiry are never handed out, and are deleted as
 * files are kept and by the scheduled clean-up ({@link #dropExpired()}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PendingUploadTable {

	private final JdbcClient jdbc;
	private final Clock clock;

	/** Keeps the bytes for the owner and returns their token; only the owner's newest {@code perUser} of the purpose stay. */
	@Transactional
	String keep(String purpose, String owner, byte[] content, Duration ttl, int perUser) {
		Instant now = clock.instant();
		dropExpired(now);
		String token = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into pending_upload (token, owner, purpose, content, kept_at, expires_at)
				values (:token, :owner, :purpose, :content, :now, :expires)""")
			.param("token", token)
			.param("owner", owner)
			.param("purpose", purpose)
			.param("content", content)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(ttl)))
			.update();
		jdbc.sql("""
				delete from pending_upload where owner = :owner and purpose = :purpose and id not in (
				    select id from pending_upload where owner = :owner and purpose = :purpose order by id desc limit :cap)""")
			.param("owner", owner)
			.param("purpose", purpose)
			.param("cap", perUser)
			.update();
		return token;
	}

	/** Deletes and returns the owner's unexpired bytes under the token: once, on whichever node asks first. */
	@Transactional
	Optional<byte[]> take(String purpose, String owner, String token) {
		return jdbc.sql("""
				delete from pending_upload
				where token = :token and owner = :owner and purpose = :purpose and expires_at >= :now
				returning content""")
			.param("token", token)
			.param("owner", owner)
			.param("purpose", purpose)
			.param("now", Timestamp.from(clock.instant()))
			.query(byte[].class)
			.optional();
	}

	@Transactional(readOnly = true)
	int count(String purpose, String owner) {
		return jdbc.sql("""
				select count(*) from pending_upload where owner = :owner and purpose = :purpose and expires_at >= :now""")
			.param("owner", owner)
			.param("purpose", purpose)
			.param("now", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single();
	}

	/** Deletes every expired file, of every user; returns how many. */
	@Transactional
	public int dropExpired() {
		return dropExpired(clock.instant());
	}

	private int dropExpired(Instant now) {
		return jdbc.sql("delete from pending_upload where expires_at < :now").param("now", Timestamp.from(now)).update();
	}
}
