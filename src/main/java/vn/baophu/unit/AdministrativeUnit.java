package vn.baophu.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "administrative_unit")
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

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	/** Ids from the root to this unit, e.g. "/1/7/42/"; set once the id is known. */
	private String path = "";

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

	UnitRef toRef(boolean leaf) {
		return new UnitRef(id, code, name, kind, level, parentId, path, leaf);
	}
}
