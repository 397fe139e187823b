package vn.baophu.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
	@SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
	private @Nullable Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	/** Null only for an administrator of the whole tree. */
	@Column(name = "unit_id")
	private @Nullable Long unitId;

	private boolean enabled = true;

	@Version
	private long version;

	UserAccount(String username, String passwordHash, String displayName, Role role, @Nullable Long unitId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
	}
}
