package vn.baophu.unit;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AdministrativeUnit {

	/** Taken from administrative_unit_seq before the insert, because the path ends with it. */
	@Id
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	private @Nullable Long parentId;

	/** Ids from the root to this unit, e.g. "/1/7/42/"; set once the id is known. */
	private String path = "";

	/** The day the unit came into being (formed by a reform); null when it existed before any reform known here. */
	private @Nullable LocalDate openedFrom;

	/** The day from which the unit no longer exists (merged or dissolved); null while it does. */
	private @Nullable LocalDate closedFrom;

	/** On a district: the province lets the district's officials enter their communes' figures. */
	private boolean districtEntryAllowed;

	@Version
	private long version;

	AdministrativeUnit(long id, String code, String name, UnitKind kind, UnitLevel level) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.level = level;
	}

	void rename(String newName, UnitKind newKind) {
		this.name = newName;
		this.kind = newKind;
	}

	/** Places the unit under a parent (or at the root). */
	void placeUnder(@Nullable AdministrativeUnit parent, UnitLevel newLevel) {
		this.parentId = parent == null ? null : parent.getId();
		this.level = newLevel;
		this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
	}

	void openFrom(@Nullable LocalDate day) {
		this.openedFrom = day;
	}

	void closeFrom(@Nullable LocalDate day) {
		this.closedFrom = day;
	}

	void allowDistrictEntry(boolean allowed) {
		this.districtEntryAllowed = allowed;
	}
}
