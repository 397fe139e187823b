package vn.baophu.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.baophu.target.DenominatorConflict;
import vn.baophu.target.DenominatorEdit;
import vn.baophu.target.DenominatorRow;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.LabourForceShare;
import vn.baophu.unit.UnitRef;

/**
 * The denominators grid as the browser sends it: per row the unit, the version and values shown
 * when the grid was opened (hidden), and the cells as typed. Also the "labour force = X % of
 * population" helper's percentage and whether it fills every row or only the empty ones.
 */
@Getter
@Setter
class DenominatorSheetForm extends YearlySheetForm<DenominatorSheetForm.Row> {

	static final String POPULATION = "target.denominators.population";
	static final String LABOUR_FORCE = "target.denominators.labourForce";
	static final String SOURCE = "target.denominators.source";

	private String sharePercent = "";

	private boolean shareAll;

	@Getter
	@Setter
	static class Row extends YearlySheetForm.Row {

		private long version = DenominatorRow.NOT_SAVED;

		private String population = "";

		private String labourForce = "";

		private String source = "";

		private @Nullable Long originalPopulation;

		private @Nullable Long originalLabourForce;

		private @Nullable String originalSource;

		void takeTheirs(DenominatorValues theirs, long theirVersion) {
			this.version = theirVersion;
			this.originalPopulation = theirs.population();
			this.originalLabourForce = theirs.labourForce();
			this.originalSource = theirs.source();
		}
	}

	static DenominatorSheetForm of(List<DenominatorRow> sheet) {
		DenominatorSheetForm form = new DenominatorSheetForm();
		for (DenominatorRow saved : sheet) {
			Row row = new Row();
			DenominatorValues values = saved.values();
			row.setUnitId(saved.unit().id());
			row.takeTheirs(values, saved.version());
			row.setPopulation(values.population() == null ? "" : values.population().toString());
			row.setLabourForce(values.labourForce() == null ? "" : values.labourForce().toString());
			row.setSource(values.source() == null ? "" : values.source());
			form.getRows().add(row);
		}
		return form;
	}

	/** Every row as an edit of the year; any bad cell is rejected on {@code errors} (then save nothing). */
	List<DenominatorEdit> edits(int year, Map<Long, UnitRef> units, Errors errors) {
		if (!SheetRows.allKnown(unitIds(), units, errors)) {
			return List.of();
		}
		List<DenominatorEdit> edits = new ArrayList<>();
		List<Row> rows = getRows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			UnitRef unit = units.get(row.getUnitId());
			GridCells cells = new GridCells(errors, i, unit.name());
			Long population = cells.count("population", POPULATION, row.population);
			Long labourForce = cells.count("labourForce", LABOUR_FORCE, row.labourForce);
			String source = cells.text("source", SOURCE, row.source);
			cells.checkDenominators("population", POPULATION, population, "labourForce", LABOUR_FORCE, labourForce);
			edits.add(new DenominatorEdit(row.version,
					new DenominatorValues(unit.id(), year, row.originalPopulation, row.originalLabourForce,
							GridCells.trimmed(row.originalSource)),
					new DenominatorValues(unit.id(), year, population, labourForce, source)));
		}
		return edits;
	}

	/**
	 * Fills the labour force of each row with a population (only the empty cells unless
	 * {@code shareAll}) as the share {@link #sharePercent} of it; returns the rows filled.
	 */
	int deriveLabourForce(Map<Long, UnitRef> units, Errors errors) {
		BigDecimal percent = GridCells.decimal(sharePercent.strip());
		if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.rejectValue("sharePercent", "target.error.sharePercent", new Object[] { sharePercent }, null);
			return 0;
		}
		int filled = 0;
		List<Row> rows = getRows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			UnitRef unit = row.getUnitId() == null ? null : units.get(row.getUnitId());
			if (unit == null || (!shareAll && GridCells.trimmed(row.labourForce) != null)) {
				continue;
			}
			Long population = new GridCells(errors, i, unit.name()).count("population", POPULATION, row.population);
			if (population != null) {
				row.labourForce = String.valueOf(LabourForceShare.of(population, percent));
				filled++;
			}
		}
		return filled;
	}

	void takeTheirs(List<DenominatorConflict> conflicts) {
		takeTheirs(conflicts, conflict -> conflict.unit().id(),
				(row, conflict) -> row.takeTheirs(conflict.theirs(), conflict.theirVersion()));
	}
}
