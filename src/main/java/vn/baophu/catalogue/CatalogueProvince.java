package vn.baophu.catalogue;

/** A province (or centrally run city) of one edition of the catalogue, with its number of communes. */
public record CatalogueProvince(String code, String name, String type, int communes) {
}
