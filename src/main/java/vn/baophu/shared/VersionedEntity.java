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
 * The id and the optimistic-lock version that most entities share. The id comes from the sequence the
 * entity names in its own class-level {@code @SequenceGenerator} (the {@code <table>_seq} of the migrations,
 * allocation 50). Envers leaves the version out of the audit tables, as it always has.
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
