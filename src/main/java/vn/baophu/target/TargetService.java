package vn.baophu.target;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.unit.UnitRef;

/**
 * Denominators and targets: read for checks, saved from imports (same key replaces) and from the
 * yearly grids (all or nothing, no lost updates).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TargetService {

	private final DenominatorRepository denominators;
	private final TargetRepository targets;
	private final DenominatorSheets denominatorSheets;
	private final TargetSheets targetSheets;
	private final YearlyRowsWriter writer;
	private final JdbcClient jdbc;

	/** One row per leaf unit, in the order given, with the year's saved denominators (if any). */
	public List<DenominatorRow> denominatorSheet(List<UnitRef> leaves, int year) {
		return denominatorSheets.read(leaves, year);
	}

	/**
	 * Saves the changed rows of a denominators grid in one transaction, or nothing when another user
	 * saved a changed row since the grid was opened (the outcome lists those conflicts).
	 *
	 * @throws IllegalArgumentException when an edit is for a unit that is not one of {@code leaves}
	 */
	@Transactional
	public SheetOutcome<DenominatorConflict> saveDenominatorSheet(List<UnitRef> leaves, int year,
			List<DenominatorEdit> edits) {
		return denominatorSheets.save(leaves, year, edits);
	}

	/** One row per unit, in the order given, with the year's targets (if any). */
	public List<TargetRow> targetSheet(List<UnitRef> units, int year) {
		return targetSheets.read(units, year);
	}

	/** Like {@link #saveDenominatorSheet}: the changed rows of a targets grid, all or nothing. */
	@Transactional
	public SheetOutcome<TargetConflict> saveTargetSheet(List<UnitRef> units, int year, List<TargetEdit> edits) {
		return targetSheets.save(units, year, edits);
	}

	/** The newest year with denominators for any of these units. */
	public Optional<Integer> latestDenominatorYear(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? Optional.empty() : denominators.findLatestYear(unitIds);
	}

	/** The newest year with a target for any of these units. */
	public Optional<Integer> latestTargetYear(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? Optional.empty() : targets.findLatestYear(unitIds);
	}

	public List<DenominatorValues> findDenominators(Collection<Long> unitIds, Collection<Integer> years) {
		if (unitIds.isEmpty() || years.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select unit_id, year, population, labour_force, source from denominator
				where unit_id = any(cast(:units as bigint[])) and year = any(cast(:years as int[]))""")
			.param("units", unitIds.toArray(Long[]::new))
			.param("years", years.toArray(Integer[]::new))
			.query((rs, row) -> new DenominatorValues(rs.getLong(1), rs.getInt(2), count(rs, 3), count(rs, 4),
					rs.getString(5)))
			.list();
	}

	private static @Nullable Long count(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** Saves every row; a row for a unit and year already saved replaces it (one statement per 10 000 rows). */
	@Transactional
	public int saveDenominators(List<DenominatorValues> rows) {
		return writer.saveDenominators(rows);
	}

	/** Saves every row; a row for a unit, year and indicator already saved replaces it (one statement per 10 000 rows). */
	@Transactional
	public int saveTargets(List<TargetValue> rows) {
		return writer.saveTargets(rows);
	}
}
