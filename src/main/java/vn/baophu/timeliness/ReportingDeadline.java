package vn.baophu.timeliness;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.baophu.deadline.WeekendRule;

/** The monthly reporting deadline a unit (usually a province) sets for the leaves below it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReportingDeadline {

	@Id
	private Long unitId;

	private int dueDay;

	private int monthOffset;

	@Enumerated(EnumType.STRING)
	private WeekendRule weekendRule;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	ReportingDeadline(long unitId) {
		this.unitId = unitId;
	}

	void set(ReportingRule rule, String user, Instant now) {
		this.dueDay = rule.day();
		this.monthOffset = rule.monthOffset();
		this.weekendRule = rule.weekendRule();
		this.updatedBy = user;
		this.updatedAt = now;
	}
}
