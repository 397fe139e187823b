package vn.baophu.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Population and labour force of a leaf unit in a year, with where the figures come from. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Denominator {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "denominator_seq")
	@SequenceGenerator(name = "denominator_seq", sequenceName = "denominator_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id")
	private long unitId;

	private int year;

	private @Nullable Long population;

	@Column(name = "labour_force")
	private @Nullable Long labourForce;

	private @Nullable String source;

	@Version
	private long version;

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
