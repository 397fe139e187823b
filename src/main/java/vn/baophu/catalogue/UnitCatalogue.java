package vn.baophu.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads the official unit lists shipped in {@code units/} (see the README there) and writes them as
 * the files the imports take: a province's units, and the reform of 1/7/2025 for some old provinces.
 * The files are read once, when first asked for.
 */
@Component
class UnitCatalogue {

	static final String REFORM_DAY = "2025-07-01";

	/** Two new communes whose code the mapping spells otherwise than the official list of 1/7/2025. */
	private static final Map<String, String> NEW_CODE_ALIASES = Map.of("06970", "06978", "23737", "23938");

	private final Map<String, List<Map<String, String>>> files = new ConcurrentHashMap<>();

	List<CatalogueProvince> provinces(Edition edition) {
		Map<String, Integer> communes = new HashMap<>();
		communes(edition).forEach(row -> communes.merge(row.get("province_code"), 1, Integer::sum));
		return file("provinces_" + edition.key()).stream()
			.map(row -> new CatalogueProvince(row.get("province_code"), row.get("full_name"), row.get("unit_type"),
					communes.getOrDefault(row.get("province_code"), 0)))
			.toList();
	}

	boolean hasProvince(Edition edition, String code) {
		return file("provinces_" + edition.key()).stream().anyMatch(row -> row.get("province_code").equals(code));
	}

	/** The units import file ({@code code,name,type,parent_code}) of one province: itself, then its districts and communes. */
	byte[] unitsFile(Edition edition, String provinceCode) {
		StringBuilder csv = new StringBuilder("code,name,type,parent_code\n");
		file("provinces_" + edition.key()).stream()
			.filter(row -> row.get("province_code").equals(provinceCode))
			.forEach(row -> line(csv, row.get("province_code"), row.get("full_name"), row.get("unit_type"), ""));
		if (edition.hasDistricts()) {
			file("districts_pre2025").stream()
				.filter(row -> row.get("province_code").equals(provinceCode))
				.forEach(row -> line(csv, row.get("district_code"), row.get("full_name"), row.get("unit_type"),
						provinceCode));
		}
		communes(edition).stream()
			.filter(row -> row.get("province_code").equals(provinceCode))
			.forEach(row -> line(csv, row.get("commune_code"), row.get("full_name"), row.get("unit_type"),
					edition.hasDistricts() ? row.get("district_code") : provinceCode));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The reform file of 1/7/2025 for these old provinces, limited to the old communes that exist
	 * ({@code loaded}): each old province goes to the new one its communes went to, each old commune to
	 * its new communes. An old commune split across several new ones is split in equal shares (the
	 * lists give no population of the parts); the last share takes the rounding so they sum to 100.
	 */
	byte[] reformFile(Collection<String> oldProvinces, Predicate<String> loaded) {
		Map<String, Map<String, String>> newCommunes = new HashMap<>();
		communes(Edition.JULY_2025).forEach(row -> newCommunes.put(row.get("commune_code"), row));
		Map<String, Map<String, String>> newProvinces = new HashMap<>();
		file("provinces_" + Edition.JULY_2025.key()).forEach(row -> newProvinces.put(row.get("province_code"), row));
		Map<String, List<Map<String, String>>> pairsByOld = new LinkedHashMap<>();
		Map<String, String> provinceTo = new LinkedHashMap<>();
		for (Map<String, String> pair : file("commune_old_to_new_2025-07-01")) {
			String oldProvince = pair.get("old_province_code");
			if (!oldProvinces.contains(oldProvince) || !loaded.test(pair.get("old_code"))) {
				continue;
			}
			pairsByOld.computeIfAbsent(pair.get("old_code"), code -> new ArrayList<>()).add(pair);
			provinceTo.putIfAbsent(oldProvince, pair.get("new_province_code"));
		}
		StringBuilder csv = new StringBuilder("old_code,new_code,new_name,new_type,new_parent_code,share\n");
		provinceTo.forEach((oldCode, newCode) -> {
			Map<String, String> province = newProvinces.get(newCode);
			line(csv, oldCode, newCode, province.get("full_name"), province.get("unit_type"), "", "100");
		});
		pairsByOld.forEach((oldCode, pairs) -> {
			List<BigDecimal> shares = equalShares(pairs.size());
			for (int i = 0; i < pairs.size(); i++) {
				String newCode = NEW_CODE_ALIASES.getOrDefault(pairs.get(i).get("new_commune_code"),
						pairs.get(i).get("new_commune_code"));
				Map<String, String> commune = newCommunes.get(newCode);
				line(csv, oldCode, newCode, commune.get("full_name"), commune.get("unit_type"),
						commune.get("province_code"), shares.get(i).toPlainString());
			}
		});
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The codes of the old provinces the catalogue maps to new ones. */
	Set<String> oldProvinceCodes() {
		Set<String> codes = new java.util.TreeSet<>();
		file("provinces_" + Edition.PRE_2025.key()).forEach(row -> codes.add(row.get("province_code")));
		return codes;
	}

	private static List<BigDecimal> equalShares(int parts) {
		BigDecimal hundred = BigDecimal.valueOf(100);
		BigDecimal each = hundred.divide(BigDecimal.valueOf(parts), 4, RoundingMode.DOWN);
		List<BigDecimal> shares = new ArrayList<>();
		for (int i = 0; i < parts - 1; i++) {
			shares.add(each);
		}
		shares.add(hundred.subtract(each.multiply(BigDecimal.valueOf(parts - 1))));
		return shares;
	}

	private List<Map<String, String>> communes(Edition edition) {
		return file("communes_" + edition.key());
	}

	private static void line(StringBuilder csv, String... cells) {
		csv.append(String.join(",", cells)).append('\n');
	}

	/** The rows of {@code units/<name>.csv} by column name; the lists quote nothing and hold no commas in a cell. */
	private List<Map<String, String>> file(String name) {
		return files.computeIfAbsent(name, UnitCatalogue::read);
	}

	private static List<Map<String, String>> read(String name) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("units/" + name + ".csv").getInputStream(), StandardCharsets.UTF_8))) {
			String[] header = reader.readLine().split(",", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length && i < cells.length; i++) {
					row.put(header[i], cells[i]);
				}
				rows.add(row);
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
