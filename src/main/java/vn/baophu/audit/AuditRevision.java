package vn.baophu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One saving transaction: when, who and the comment the user gave. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
@Getter
@Setter
class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
	@SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
	@RevisionNumber
	private int rev;

	@RevisionTimestamp
	@Column(name = "revtstmp")
	private long timestamp;

	private @Nullable String username;

	private @Nullable String comment;
}
