package vn.baophu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.support.ThrowawayDatabase;

/**
 * Previewed files kept per user in PostgreSQL: expiring after the time to live, at most a few a user,
 * one use each, each purpose on its own; what goes in comes back out, read by whichever node.
 */
class PendingUploadsTest {

	static ThrowawayDatabase database;

	@BeforeAll
	static void startDatabase() {
		database = ThrowawayDatabase.migrated();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		database.close();
	}

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
	final PendingUploadTable table = new PendingUploadTable(JdbcClient.create(database.dataSource()), clock);
	final PendingUploads<String> pending = new PendingUploads<>(table, "test-" + System.nanoTime(), String.class,
			Duration.ofMinutes(30), 3);

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

	record Upload(String fileName, byte[] content, java.time.LocalDate day) implements java.io.Serializable {
	}

	@Test
	void aFileKeptByOneNodeIsTakenWholeByAnotherAndPurposesAreCappedApart() {
		PendingUploads<Upload> nodeA = new PendingUploads<>(table, "uploads", Upload.class, Duration.ofMinutes(30), 1);
		PendingUploads<Upload> nodeB = new PendingUploads<>(
				new PendingUploadTable(JdbcClient.create(database.dataSource()), clock), "uploads", Upload.class,
				Duration.ofMinutes(30), 1);
		String token = nodeA.keep("lan", new Upload("a.csv", new byte[] { 1, 2, 3 }, java.time.LocalDate.of(2025, 7, 1)));
		String other = pending.keep("lan", "not an upload");

		Upload taken = nodeB.take("lan", token).orElseThrow();
		assertThat(taken.fileName()).isEqualTo("a.csv");
		assertThat(taken.content()).containsExactly(1, 2, 3);
		assertThat(taken.day()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
		assertThat(nodeA.take("lan", token)).isEmpty();
		assertThat(pending.take("lan", other)).contains("not an upload");
	}

	@Test
	void expiredFilesAreDeletedForEveryUser() {
		pending.keep("lan", "a.csv");
		pending.keep("minh", "b.csv");
		clock.move(Duration.ofMinutes(31));

		assertThat(table.dropExpired()).isGreaterThanOrEqualTo(2);
		assertThat(pending.count("lan")).isZero();
	}
}
