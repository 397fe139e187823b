package vn.baophu.target;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import vn.baophu.shared.VersionedEntity;

/** Population and labour force of a leaf unit in a year, with where the figures come from. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Denominator extends VersionedEntity {

	private long unitId;

	private int year;

	private @Nullable Long population;

	private @Nullable Long labourForce;

	private @Nullable String source;

	Denominator(long unitId, int year) {
		this.unitId = unitId;
		this.year = year;
	}

	void replaceWith(DenominatorValues values) {
		this.population = values.population();
		this.labourForce = values.labourForce();
		this.source = values.source();
	}

	DenominatorValues toValues() {
		return new DenominatorValues(unitId, year, population, labourForce, source);
	}
}
