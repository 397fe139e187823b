package vn.baophu.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for rows inserted with SQL into a table whose entity takes its ids from a sequence with
 * Hibernate's pooled optimizer ({@code increment by 50}, see {@link VersionedEntity}): each value the
 * sequence returns reserves the 50 ids up to it, as Hibernate reads it, so SQL and Hibernate never
 * hand out the same id.
 */
public final class SequenceIds {

	/** The sequences' {@code increment by}. */
	public static final int BLOCK = 50;

	/** Rows written by one statement at most (its arrays stay small, a national year still takes a few). */
	public static final int CHUNK = 10_000;

	/** Rows to insert together, with their ids. */
	public record Chunk<T>(List<T> rows, List<Long> ids) {
	}

	private SequenceIds() {
	}

	/** {@code count} unused ids from the sequence (one call to the database). */
	public static List<Long> next(JdbcTemplate jdbc, String sequence, int count) {
		if (!sequence.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a sequence name: " + sequence);
		}
		List<Long> ids = new ArrayList<>(count);
		if (count == 0) {
			return ids;
		}
		int calls = count / BLOCK + 2;
		List<Long> highs = jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class,
				calls);
		for (long high : highs) {
			for (long id = Math.max(1, high - BLOCK + 1); id <= high && ids.size() < count; id++) {
				ids.add(id);
			}
		}
		if (ids.size() < count) {
			throw new IllegalStateException("Too few ids from " + sequence);
		}
		return ids;
	}

	/** The rows in chunks of at most {@link #CHUNK}, each with unused ids from the sequence (one call to the database for all). */
	public static <T> List<Chunk<T>> chunks(JdbcTemplate jdbc, String sequence, List<T> rows) {
		List<Long> ids = next(jdbc, sequence, rows.size());
		List<Chunk<T>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			int to = Math.min(rows.size(), from + CHUNK);
			chunks.add(new Chunk<>(rows.subList(from, to), ids.subList(from, to)));
		}
		return chunks;
	}
}
