package vn.baophu.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reform of 1/7/2025 for the demo's 14 communes (as in src/main/resources/demo), with synthetic
 * 2025 denominators, targets and June figures on the old communes and July figures on the new ones:
 * the files to import and the numbers the gap table must then show, worked out here independently.
 */
public final class ReformDemoData {

	/** New commune → the old communes it was formed from (QĐ 19/2025/QĐ-TTg, all full merges). */
	public static final Map<String, List<String>> MERGES = new LinkedHashMap<>();

	static {
		MERGES.put("29266", List.of("29266", "29269", "29299"));
		MERGES.put("29275", List.of("29272", "29275", "29284"));
		MERGES.put("29278", List.of("29278", "29281"));
		MERGES.put("29287", List.of("29287", "29290", "29293"));
		MERGES.put("29302", List.of("29296", "29302", "29305"));
	}

	public static final String REFORM_CSV = reformCsv();

	private ReformDemoData() {
	}

	public static long population(String oldCode) {
		return 8000 + (Long.parseLong(oldCode) % 1000) * 3;
	}

	public static long labourForce(String oldCode) {
		return population(oldCode) * 55 / 100;
	}

	public static BigDecimal bhytTarget(String oldCode) {
		return BigDecimal.valueOf(90 + Long.parseLong(oldCode) % 7);
	}

	public static long juneBhyt(String oldCode) {
		return population(oldCode) * 85 / 100 + Long.parseLong(oldCode) % 50;
	}

	/** July on a new commune: its predecessors' June plus 100 people per predecessor. */
	public static long julyBhyt(String newCode) {
		return MERGES.get(newCode).stream().mapToLong(code -> juneBhyt(code) + 100).sum();
	}

	public static long newPopulation(String newCode) {
		return MERGES.get(newCode).stream().mapToLong(ReformDemoData::population).sum();
	}

	/** Σ rate × population / Σ population, to two decimals as the JSON gives it. */
	public static BigDecimal newBhytTarget(String newCode) {
		BigDecimal weighted = MERGES.get(newCode).stream()
			.map(code -> bhytTarget(code).multiply(BigDecimal.valueOf(population(code))))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return weighted.divide(BigDecimal.valueOf(newPopulation(newCode)), MathContext.DECIMAL128)
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** July coverage minus the June coverage of the predecessors taken together, in points. */
	public static BigDecimal newBhytChangePoints(String newCode) {
		BigDecimal population = BigDecimal.valueOf(newPopulation(newCode));
		long june = MERGES.get(newCode).stream().mapToLong(ReformDemoData::juneBhyt).sum();
		BigDecimal now = BigDecimal.valueOf(julyBhyt(newCode) * 100).divide(population, MathContext.DECIMAL128);
		BigDecimal before = BigDecimal.valueOf(june * 100).divide(population, MathContext.DECIMAL128);
		return now.subtract(before).setScale(2, RoundingMode.HALF_UP);
	}

	public static String denominatorsCsv() {
		StringBuilder csv = new StringBuilder("unit_code,year,population,labour_force\n");
		oldCodes().forEach(code -> csv.append(code).append(",2025,").append(population(code)).append(',')
			.append(labourForce(code)).append('\n'));
		return csv.toString();
	}

	public static String targetsCsv() {
		StringBuilder csv = new StringBuilder("unit_code,year,indicator,rate\n");
		oldCodes().forEach(code -> {
			csv.append(code).append(",2025,BHYT,").append(bhytTarget(code)).append('\n');
			csv.append(code).append(",2025,BHXH,25\n");
			csv.append(code).append(",2025,BHXH_TN,6\n");
			csv.append(code).append(",2025,BHTN,18\n");
		});
		return csv.toString();
	}

	public static String juneFiguresCsv() {
		StringBuilder csv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		oldCodes().forEach(code -> csv.append(code).append(",2025-06,").append(juneBhyt(code)).append(',')
			.append(labourForce(code) * 15 / 100).append(',').append(labourForce(code) * 4 / 100).append(',')
			.append(labourForce(code) * 12 / 100).append('\n'));
		return csv.toString();
	}

	public static String julyFiguresCsv() {
		StringBuilder csv = new StringBuilder("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");
		MERGES.forEach((code, olds) -> {
			long labour = olds.stream().mapToLong(ReformDemoData::labourForce).sum();
			csv.append(code).append(",2025-07,").append(julyBhyt(code)).append(',').append(labour * 15 / 100)
				.append(',').append(labour * 4 / 100).append(',').append(labour * 12 / 100).append('\n');
		});
		return csv.toString();
	}

	public static List<String> oldCodes() {
		return MERGES.values().stream().flatMap(List::stream).sorted().toList();
	}

	private static String reformCsv() {
		StringBuilder csv = new StringBuilder("old_code,new_code,new_name,new_type,new_parent_code,share\n");
		csv.append("84,86,Tỉnh Vĩnh Long,Tỉnh,,100\n");
		Map<String, String> names = Map.of("29266", "Xã Càng Long", "29275", "Xã An Trường", "29278", "Xã Tân An",
				"29287", "Xã Bình Phú", "29302", "Xã Nhị Long");
		MERGES.forEach((code, olds) -> olds
			.forEach(old -> csv.append(old).append(',').append(code).append(',').append(names.get(code)).append(",xã,86,\n")));
		return csv.toString();
	}
}
