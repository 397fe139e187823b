package vn.baophu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock replaced by one the test sets ({@code @Import(MovableClock.class)}, then
 * autowire {@link MutableClock}). The browser tests that import it share one application context, so set
 * the clock at the start of each test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(LocalDate.of(2023, 8, 1));
	}

	/** A clock that stands still at the moment last set, in Vietnam's time zone. */
	public static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(LocalDate day) {
			set(day);
		}

		/** 9 o'clock in the morning of that day, in Vietnam. */
		public void set(LocalDate day) {
			now = day.atTime(9, 0).atZone(VIETNAM).toInstant();
		}

		public void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return VIETNAM;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
