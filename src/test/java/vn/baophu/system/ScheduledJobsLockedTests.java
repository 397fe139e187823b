package vn.baophu.system;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** Every node's scheduler fires: a job without its lock would run once per node. */
class ScheduledJobsLockedTests {

	@Test
	void everyScheduledJobTakesItsLock() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.baophu");
		methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
			.because("each node runs its own scheduler; only the lock keeps a job to one node")
			.check(classes);
	}
}
