package vn.baophu.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.baophu.shared.StartupStep;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.unit.UnitService;

/**
 * Loads the Càng Long demo (figures of 30/06/2023, and the tasks of Kế hoạch 295/KH-BCĐ kept under Huyện
 * Càng Long) into an empty embedded database, through the same import checks as any user file. Never
 * runs against a real server.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "baophu.demo-data", havingValue = "true")
class DemoDataLoader implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
	private static final String REFORM_FILE = "reform-2025-07-01.csv";
	private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
	private static final String TASKS_UNIT = "844";

	private final ImportService imports;
	private final UnitService units;
	private final boolean embeddedDatabase;
	private final boolean reform;

	DemoDataLoader(ImportService imports, UnitService units, ObjectProvider<EmbeddedDatabaseInUse> embedded,
			@Value("${baophu.demo-reform:true}") boolean reform) {
		this.imports = imports;
		this.units = units;
		this.embeddedDatabase = embedded.getIfAvailable() != null;
		this.reform = reform;
	}

	@Override
	public void run() {
		if (!embeddedDatabase || !units.roots().isEmpty()) {
			return;
		}
		load(ImportKind.UNITS, "units.csv");
		load(ImportKind.DENOMINATORS, "denominators.csv");
		load(ImportKind.TARGETS, "targets.csv");
		load(ImportKind.FIGURES, "figures.csv");
		if (reform) {
			// The reform of 1/7/2025 (QĐ 19/2025/QĐ-TTg): the 14 communes become five of Tỉnh Vĩnh Long.
			// Units only: no published source gives their figures after it.
			ImportResult result = imports.importFile(ImportKind.REFORM, REFORM_FILE, read("demo/" + REFORM_FILE), "demo",
					null, REFORM_DAY, Locale.ROOT);
			if (!result.saved()) {
				throw new IllegalStateException("Demo file " + REFORM_FILE + " was refused: " + result.errors());
			}
		}
		// The plan's file names no unit_code: its directive is kept under the district it is imported into.
		load(ImportKind.TASKS, "tasks.csv", units.require(TASKS_UNIT).path());
		log.info("Loaded the Càng Long demo data");
	}

	private void load(ImportKind kind, String file) {
		load(kind, file, null);
	}

	private void load(ImportKind kind, String file, @Nullable String scopePath) {
		ImportResult result = imports.importFile(kind, file, read("demo/" + file), "demo", scopePath, Locale.ROOT);
		if (!result.saved()) {
			throw new IllegalStateException("Demo file " + file + " was refused: " + result.errors());
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
