package vn.baophu.user;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VersionedEntity;

@Entity
@DynamicUpdate
@Audited
@Table(name = "app_user")
@SequenceGenerator(sequenceName = "app_user_seq", allocationSize = 50)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount extends VersionedEntity {

	private String username;

	@NotAudited
	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	/** Null only for an administrator of the whole tree. */
	private @Nullable Long unitId;

	private boolean enabled = true;

	/** "vi" or "en"; null = the default, Vietnamese. */
	private @Nullable String language;

	@NotAudited
	private int failedSignIns;

	@NotAudited
	private @Nullable Instant lockedUntil;

	UserAccount(String username, String passwordHash, String displayName, Role role, @Nullable Long unitId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
	}

	SignedInUser toSignedInUser() {
		return new SignedInUser(username, passwordHash, displayName, role, unitId, enabled, lockedUntil, language,
				failedSignIns);
	}

	void signedIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	void unlock() {
		signedIn();
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void update(String newDisplayName, Role newRole, @Nullable Long newUnitId, boolean isEnabled) {
		this.displayName = newDisplayName;
		this.role = newRole;
		this.unitId = newUnitId;
		this.enabled = isEnabled;
	}

	void chooseLanguage(@Nullable String newLanguage) {
		this.language = newLanguage;
	}
}
