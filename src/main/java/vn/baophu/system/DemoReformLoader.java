package vn.baophu.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.shared.StartupStep;
import vn.baophu.unit.UnitService;

/**
 * Adds the reform of 1/7/2025 (QĐ 19/2025/QĐ-TTg) to the demo: its 14 communes become five communes
 * of Tỉnh Vĩnh Long (86). Units only, since no published source gives their figures after it. Runs
 * after the rest of the demo ({@code @Order(2)}, whose tasks are the district's of 2023), once, while
 * Huyện Càng Long still exists in June 2025 and Vĩnh Long does not.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "baophu.demo-data", havingValue = "true")
class DemoReformLoader implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoReformLoader.class);
	private static final String FILE = "reform-2025-07-01.csv";
	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private final ImportService imports;
	private final UnitService units;
	private final boolean enabled;

	DemoReformLoader(ImportService imports, UnitService units, ObjectProvider<EmbeddedDatabaseInUse> embedded,
			@Value("${baophu.demo-reform:true}") boolean reform) {
		this.imports = imports;
		this.units = units;
		this.enabled = reform && embedded.getIfAvailable() != null;
	}

	@Override
	public void run() {
		if (!enabled || units.findByCode("844", YearMonth.of(2025, 6)).isEmpty() || units.findByCode("86").isPresent()) {
			return;
		}
		ImportResult result = imports.importFile(ImportKind.REFORM, FILE, DemoDataLoader.read("demo/" + FILE), "demo",
				null, EFFECTIVE, Locale.ROOT);
		if (!result.saved()) {
			throw new IllegalStateException("Demo file " + FILE + " was refused: " + result.errors());
		}
		log.info("Applied the demo's reform of 1/7/2025");
	}
}
