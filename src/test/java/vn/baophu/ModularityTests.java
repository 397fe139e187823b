package vn.baophu;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module boundaries honest and draws the module diagram (target/spring-modulith-docs). */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BaophuApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		Documenter documenter = new Documenter(modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path diagram = Path.of("target", "spring-modulith-docs", "components.puml");
		assertThat(Files.readString(diagram)).contains("\"Report\"", "\"Coverage\"", "\"Imports\"");
	}
}
