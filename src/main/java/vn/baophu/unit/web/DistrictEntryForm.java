package vn.baophu.unit.web;

import lombok.Getter;
import lombok.Setter;
import vn.baophu.unit.UnitRef;

/** On a district: whether its officials may enter their communes' figures. */
@Getter
@Setter
class DistrictEntryForm {

	private boolean allowed;

	static DistrictEntryForm of(UnitRef unit) {
		DistrictEntryForm form = new DistrictEntryForm();
		form.allowed = unit.districtEntryAllowed();
		return form;
	}
}
