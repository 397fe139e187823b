package vn.baophu.target;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VersionedEntity;

/** A target rate in percent for a unit, year and indicator, set by a decision. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Target extends VersionedEntity {

	private long unitId;

	private int year;

	@Enumerated(EnumType.STRING)
	private Indicator indicator;

	private BigDecimal rate;

	private @Nullable String decision;

	Target(long unitId, int year, Indicator indicator, BigDecimal rate) {
		this.unitId = unitId;
		this.year = year;
		this.indicator = indicator;
		this.rate = rate;
	}

	void replaceWith(TargetValue value) {
		this.rate = value.rate();
		this.decision = value.decision();
	}
}
