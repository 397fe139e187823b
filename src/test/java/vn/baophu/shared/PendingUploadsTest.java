package vn.baophu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Previewed files kept per user: expiring after the time to live, at most a few a user, one use each. */
class PendingUploadsTest {

	/** A clock the test moves. */
	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-29T08:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final MovingClock clock = new MovingClock();
	final PendingUploads<String> pending = new PendingUploads<>(clock, Duration.ofMinutes(30), 3);

	@Test
	void aFileIsKeptForThirtyMinutesAndNoLonger() {
		String kept = pending.keep("lan", "a.csv");
		String expired = pending.keep("lan", "b.csv");

		clock.move(Duration.ofMinutes(30));
		assertThat(pending.take("lan", kept)).contains("a.csv");
		clock.move(Duration.ofSeconds(1));
		assertThat(pending.take("lan", expired)).isEmpty();
		assertThat(pending.count("lan")).isZero();
	}

	@Test
	void aUserHoldsAtMostThreeFilesAndTheOldestGoesFirst() {
		String first = pending.keep("lan", "1.csv");
		String second = pending.keep("lan", "2.csv");
		pending.keep("lan", "3.csv");
		String fourth = pending.keep("lan", "4.csv");
		pending.keep("minh", "other.csv");

		assertThat(pending.count("lan")).isEqualTo(3);
		assertThat(pending.take("lan", first)).isEmpty();
		assertThat(pending.take("lan", second)).contains("2.csv");
		assertThat(pending.take("lan", fourth)).contains("4.csv");
		assertThat(pending.count("minh")).isEqualTo(1);
	}

	@Test
	void aTokenIsGoodOnceAndOnlyForItsUser() {
		String token = pending.keep("lan", "a.csv");

		assertThat(pending.take("minh", token)).isEmpty();
		assertThat(pending.take("lan", token)).contains("a.csv");
		assertThat(pending.take("lan", token)).isEmpty();
	}
}
