package vn.baophu.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.baophu.shared.VersionedEntity;

/**
 * What directives and tasks keep of their making (who, when), beside the id from their table's sequence
 * and the version that guards concurrent edits ({@link VersionedEntity}).
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class Created extends VersionedEntity {

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	Created(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
