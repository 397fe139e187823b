package vn.baophu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries honest (each module's {@code allowedDependencies} in its
 * {@code package-info.java}, no cycles) and draws the module diagrams into {@code docs/modules}, which
 * are committed: a change of the boundaries shows up in the diff.
 */
class ModularityTests {

	private static final String DOCS = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(BaophuApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		Documenter documenter = new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS));
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		try (Stream<Path> files = Files.list(Path.of(DOCS))) {
			for (Path file : files.toList()) {
				Files.write(file, stableOrder(Files.readAllLines(file)));
			}
		}
		Path diagram = Path.of(DOCS, "components.puml");
		assertThat(Files.readString(diagram)).contains("\"Report\"", "\"Coverage\"", "\"Imports\"", "\"Timeliness\"");
	}

	/** The Documenter lists components and relations in hash order; sorted runs keep the committed files' diffs real. */
	private static List<String> stableOrder(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = "";
		for (String line : lines) {
			String lineKind = line.strip().startsWith("Rel(") ? "Rel" : line.strip().startsWith("Component(") ? "Component" : "";
			if (!lineKind.equals(kind)) {
				run.sort(null);
				result.addAll(run);
				run.clear();
				kind = lineKind;
			}
			if (lineKind.isEmpty()) {
				result.add(line);
			}
			else {
				run.add(line);
			}
		}
		run.sort(null);
		result.addAll(run);
		return result;
	}
}
