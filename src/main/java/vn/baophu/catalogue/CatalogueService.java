package vn.baophu.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/**
 * Loads a province of the catalogue and applies the reform of 1/7/2025 to the provinces loaded, as
 * files through the imports: the same checks, all or nothing, a preview, and the import history.
 */
@Service
@RequiredArgsConstructor
public class CatalogueService {

	private static final LocalDate REFORM_DAY = LocalDate.parse(UnitCatalogue.REFORM_DAY);

	private final UnitCatalogue catalogue;
	private final ImportService imports;
	private final UnitService units;

	public List<CatalogueProvince> provinces(Edition edition) {
		return catalogue.provinces(edition);
	}

	/** The units of one province of an edition, imported as a units file (a dry run saves nothing). */
	public ImportResult loadProvince(Edition edition, String provinceCode, boolean dryRun, String user,
			@Nullable String scopePath, Locale locale) {
		if (!catalogue.hasProvince(edition, provinceCode)) {
			throw new CatalogueProvinceNotFoundException(provinceCode, edition);
		}
		String fileName = "catalogue-" + edition.key() + "-" + provinceCode + ".csv";
		byte[] file = catalogue.unitsFile(edition, provinceCode);
		return dryRun ? imports.preview(ImportKind.UNITS, fileName, file, scopePath, locale)
				: imports.importFile(ImportKind.UNITS, fileName, file, user, scopePath, locale);
	}

	/**
	 * The reform of 1/7/2025 for every old province loaded (a root of the catalogue's pre-2025 codes
	 * existing on 30/6/2025) and the old communes loaded under them, as a reform file.
	 */
	public ImportResult applyReform2025(boolean dryRun, String user, @Nullable String scopePath, Locale locale) {
		LocalDate dayBefore = REFORM_DAY.minusDays(1);
		Set<String> oldProvinces = units.roots().stream()
			.filter(root -> root.existsOn(dayBefore) && catalogue.oldProvinceCodes().contains(root.code()))
			.map(UnitRef::code)
			.collect(Collectors.toSet());
		Set<String> loaded = oldProvinces.isEmpty() ? Set.of() : units.leavesExistingOn(oldProvinces, dayBefore);
		byte[] file = catalogue.reformFile(oldProvinces, loaded::contains);
		String fileName = "catalogue-reform-" + UnitCatalogue.REFORM_DAY + ".csv";
		return dryRun ? imports.preview(ImportKind.REFORM, fileName, file, scopePath, REFORM_DAY, locale)
				: imports.importFile(ImportKind.REFORM, fileName, file, user, scopePath, REFORM_DAY, locale);
	}
}
