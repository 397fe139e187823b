package vn.baophu.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * The id and the optimistic-lock version that most entities share. The id comes from the entity's own
 * sequence: by Hibernate's default naming {@code <entity>_seq} with 50 ids a call, which is the
 * {@code <table>_seq ... increment by 50} of the migrations; an entity whose table is named otherwise
 * names its sequence in a class-level {@code @SequenceGenerator} (UserAccount: {@code app_user_seq}).
 * {@code ddl-auto=validate} and Hibernate's increment check fail at start-up on a wrong name or size.
 * Envers leaves the version out of the audit tables, as it always has.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Version
	private long version;
}
