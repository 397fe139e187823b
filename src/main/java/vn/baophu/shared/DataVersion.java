package vn.baophu.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many transactions that changed the data (units, reforms, figures, denominators, targets,
 * schools, closings, deadlines) have committed, on any node: a value computed from the data is current
 * while this number is the one it was computed at. The triggers of migration V16 keep it.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	public DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number as of now. Read it before the data: a statement after it sees at least the changes it
	 * counts, so what is computed from them is never older than the number says.
	 */
	public long current() {
		return jdbc.sql("select (select changes from data_change_total) + (select count(*) from data_change)")
			.query(Long.class)
			.single();
	}

	/**
	 * Folds the counted changes into the total, leaving {@link #current()} as it was: the rows deleted
	 * are exactly the ones added to it, in one statement. Returns how many were folded.
	 */
	@Transactional
	public long compact() {
		return jdbc.sql("""
				with folded as (delete from data_change returning 1)
				update data_change_total set changes = changes + (select count(*) from folded)
				returning (select count(*) from folded)""")
			.query(Long.class)
			.single();
	}
}
