package vn.baophu.task;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every deadline is read against, in Vietnam's time zone. Overdue is computed from it on
 * every read; tests replace it with a fixed or movable one.
 */
@Configuration(proxyBeanMethods = false)
class TaskConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
