package vn.baophu.task;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A directive, kept under the unit whose steering committee follows it (who sees and keeps it). */
@Entity
@Table(name = "directive")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Directive extends Created {

	@Column(name = "unit_id")
	private long unitId;

	private String number;

	@Column(name = "issued_on")
	private @Nullable LocalDate issuedOn;

	@Column(name = "issued_year")
	private int issuedYear;

	private String issuer;

	@Enumerated(EnumType.STRING)
	private DirectiveKind kind;

	private String title;

	@Column(name = "attachment_name")
	private @Nullable String attachmentName;

	Directive(long unitId, DirectiveDraft draft, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		this.unitId = unitId;
		update(draft);
	}

	void update(DirectiveDraft draft) {
		this.number = draft.number();
		this.issuedYear = draft.issued().year();
		this.issuedOn = draft.issued().date();
		this.issuer = draft.issuer();
		this.kind = draft.kind();
		this.title = draft.title();
	}

	void attachmentNamed(@Nullable String name) {
		this.attachmentName = name;
	}

	DirectiveDate issued() {
		return new DirectiveDate(issuedYear, issuedOn);
	}
}
