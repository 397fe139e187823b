package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.baophu.shared.StartupStep;
import vn.baophu.unit.UnitService;

/**
 * Loads the tasks of the Càng Long demo (Kế hoạch 295/KH-BCĐ, {@code demo/tasks.csv}) under Huyện Càng
 * Long, after the rest of the demo data ({@code @Order(2)}), when the demo is on, the district is there
 * and no directive exists yet.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "baophu.demo-data", havingValue = "true")
@RequiredArgsConstructor
class TaskDemoLoader implements StartupStep {

	static final String DEMO_UNIT = "844";

	private static final Logger log = LoggerFactory.getLogger(TaskDemoLoader.class);

	private final TaskImportService imports;
	private final DirectiveRepository directives;
	private final UnitService units;

	@Override
	public void run() {
		if (directives.count() > 0) {
			return;
		}
		units.findByCode(DEMO_UNIT).ifPresent(unit -> {
			TaskImportResult result = imports.save(unit, read("demo/tasks.csv"), "demo", Locale.ROOT);
			if (!result.saved()) {
				throw new IllegalStateException("Demo tasks were refused: " + result.errors());
			}
			log.info("Loaded {} demo tasks of {} directives", result.tasks(), result.directives());
		});
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
