package vn.baophu.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.baophu.shared.VietnamTime;

/**
 * The one clock of the application, in Vietnam's time zone: deadlines, overdue tasks, sign-in
 * lock-outs and password re-checks are read against it. Tests replace it with a fixed or movable one.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}
}
