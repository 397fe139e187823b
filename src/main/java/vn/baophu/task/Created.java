package vn.baophu.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** What directives and tasks keep of their making (who, when), and the version that guards concurrent edits. */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class Created {

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	Created(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
