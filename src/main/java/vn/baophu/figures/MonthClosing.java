package vn.baophu.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VersionedEntity;

/** Whether a month is closed for a unit's subtree, with who changed it last and why. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MonthClosing extends VersionedEntity {

	private long unitId;

	/** The first day of the month. */
	private LocalDate period;

	private boolean closed;

	private @Nullable String reason;

	private String changedBy;

	private Instant changedAt;

	MonthClosing(long unitId, YearMonth period, String user) {
		this.unitId = unitId;
		this.period = period.atDay(1);
		this.changedBy = user;
		this.changedAt = Instant.now();
	}

	void close(String user) {
		change(true, null, user);
	}

	void reopen(String why, String user) {
		change(false, why, user);
	}

	private void change(boolean isClosed, @Nullable String why, String user) {
		this.closed = isClosed;
		this.reason = why;
		this.changedBy = user;
		this.changedAt = Instant.now();
	}
}
