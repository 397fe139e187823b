package vn.baophu.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * Loads the Càng Long demo (Kế hoạch 295/KH-BCĐ: figures of 30/06/2023, its appendix of students' health
 * insurance per school, and its tasks kept under Huyện Càng Long) into an empty embedded database,
 * through the same import checks as any user file. Never runs against a real server. The reform of
 * 1/7/2025 follows ({@link DemoReformLoader}).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "baophu.demo-data", havingValue = "true")
class DemoDataLoader implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
	private static final String TASKS_UNIT = "844";

	private final ImportService imports;
	private final UnitService units;
	private final boolean embeddedDatabase;

	DemoDataLoader(ImportService imports, UnitService units, ObjectProvider<EmbeddedDatabaseInUse> embedded) {
		this.imports = imports;
		this.units = units;
		this.embeddedDatabase = embedded.getIfAvailable() != null;
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
		// The plan's appendix: its 45 schools, all under the district (it gives no commune per school).
		load(ImportKind.SCHOOLS, "schools.csv");
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

	static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
