package vn.baophu.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A province code the catalogue's edition does not have: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CatalogueProvinceNotFoundException extends RuntimeException {

	public CatalogueProvinceNotFoundException(String code, Edition edition) {
		super("The catalogue of " + edition.key() + " has no province " + code);
	}
}
