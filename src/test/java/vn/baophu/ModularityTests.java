package vn.baophu;

import java.nio.file.Files;
import java.nio.file.Path;

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
		Path diagram = Path.of(DOCS, "components.puml");
		assertThat(Files.readString(diagram)).contains("\"Report\"", "\"Coverage\"", "\"Imports\"", "\"Timeliness\"");
	}
}
