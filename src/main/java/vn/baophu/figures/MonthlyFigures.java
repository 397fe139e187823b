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

@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MonthlyFigures extends VersionedEntity {

	private long unitId;

	/** The first day of the month. */
	private LocalDate period;

	private @Nullable Long bhyt;

	private @Nullable Long bhxhCompulsory;

	private @Nullable Long bhxhVoluntary;

	private @Nullable Long bhtn;

	private Instant updatedAt = Instant.now();

	private @Nullable String updatedBy;

	MonthlyFigures(long unitId, YearMonth period) {
		this.unitId = unitId;
		this.period = period.atDay(1);
	}

	void replaceWith(MonthlyCounts counts, String user) {
		this.bhyt = counts.bhyt();
		this.bhxhCompulsory = counts.bhxhCompulsory();
		this.bhxhVoluntary = counts.bhxhVoluntary();
		this.bhtn = counts.bhtn();
		this.updatedBy = user;
		this.updatedAt = Instant.now();
	}

	MonthlyCounts toCounts() {
		return new MonthlyCounts(unitId, YearMonth.from(period), bhyt, bhxhCompulsory, bhxhVoluntary, bhtn);
	}
}
