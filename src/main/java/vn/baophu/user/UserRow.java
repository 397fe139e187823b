package vn.baophu.user;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VietnamTime;

/**
 * A user as the administration pages and the API show it, with the code, name and path of the unit
 * the user is tied to (all null for an administrator of the whole tree). {@code lockedUntil} is set
 * only while a lock after failed sign-ins still holds.
 */
public record UserRow(String username, String displayName, Role role, @Nullable Long unitId,
		@Nullable String unitCode, @Nullable String unitName, @Nullable String unitPath, boolean enabled,
		@Nullable Instant lockedUntil, @Nullable String language, long version) {

	public boolean locked() {
		return lockedUntil != null;
	}

	/** Lock times are shown in Vietnam's time, whatever the server's zone. */
	public @Nullable LocalDateTime lockedUntilInVietnam() {
		return lockedUntil == null ? null : LocalDateTime.ofInstant(lockedUntil, VietnamTime.ZONE);
	}

	/** The language the user chose, or Vietnamese, the default. */
	public String languageOrDefault() {
		return language == null ? "vi" : language;
	}
}
