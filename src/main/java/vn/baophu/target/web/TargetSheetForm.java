package vn.baophu.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.baophu.shared.Indicator;
import vn.baophu.target.DenominatorRow;
import vn.baophu.target.RowTargets;
import vn.baophu.target.TargetConflict;
import vn.baophu.target.TargetEdit;
import vn.baophu.target.TargetRow;
import vn.baophu.unit.UnitRef;

/**
 * The targets grid as the browser sends it: per row the unit, the version of each indicator's target
 * and the values shown when the grid was opened (hidden), and the rates and decision as typed.
 */
@Getter
@Setter
class TargetSheetForm extends YearlySheetForm<TargetSheetForm.Row> {

	static final String DECISION = "target.targets.decision";

	@Getter
	@Setter
	static class Row extends YearlySheetForm.Row {

		private long versionBhyt = DenominatorRow.NOT_SAVED;
		private long versionBhxh = DenominatorRow.NOT_SAVED;
		private long versionBhxhTn = DenominatorRow.NOT_SAVED;
		private long versionBhtn = DenominatorRow.NOT_SAVED;

		private String bhyt = "";
		private String bhxh = "";
		private String bhxhTn = "";
		private String bhtn = "";
		private String decision = "";

		private @Nullable BigDecimal originalBhyt;
		private @Nullable BigDecimal originalBhxh;
		private @Nullable BigDecimal originalBhxhTn;
		private @Nullable BigDecimal originalBhtn;
		private @Nullable String originalDecision;

		Map<Indicator, Long> versions() {
			Map<Indicator, Long> versions = new EnumMap<>(Indicator.class);
			versions.put(Indicator.BHYT, versionBhyt);
			versions.put(Indicator.BHXH, versionBhxh);
			versions.put(Indicator.BHXH_TN, versionBhxhTn);
			versions.put(Indicator.BHTN, versionBhtn);
			return versions;
		}

		RowTargets original() {
			return new RowTargets(originalBhyt, originalBhxh, originalBhxhTn, originalBhtn,
					GridCells.trimmed(originalDecision));
		}

		void takeTheirs(RowTargets theirs, Map<Indicator, Long> versions) {
			versionBhyt = versions.getOrDefault(Indicator.BHYT, DenominatorRow.NOT_SAVED);
			versionBhxh = versions.getOrDefault(Indicator.BHXH, DenominatorRow.NOT_SAVED);
			versionBhxhTn = versions.getOrDefault(Indicator.BHXH_TN, DenominatorRow.NOT_SAVED);
			versionBhtn = versions.getOrDefault(Indicator.BHTN, DenominatorRow.NOT_SAVED);
			originalBhyt = theirs.bhyt();
			originalBhxh = theirs.bhxh();
			originalBhxhTn = theirs.bhxhVoluntary();
			originalBhtn = theirs.bhtn();
			originalDecision = theirs.decision();
		}
	}

	/** The grid as saved; rates are shown in the reader's language with every decimal kept (95,00; 6,1725). */
	static TargetSheetForm of(List<TargetRow> sheet, Locale locale) {
		TargetSheetForm form = new TargetSheetForm();
		for (TargetRow saved : sheet) {
			Row row = new Row();
			RowTargets targets = saved.targets();
			row.setUnitId(saved.unit().id());
			row.takeTheirs(targets, saved.versions());
			row.setBhyt(rateText(targets.bhyt(), locale));
			row.setBhxh(rateText(targets.bhxh(), locale));
			row.setBhxhTn(rateText(targets.bhxhVoluntary(), locale));
			row.setBhtn(rateText(targets.bhtn(), locale));
			row.setDecision(targets.decision() == null ? "" : targets.decision());
			form.getRows().add(row);
		}
		return form;
	}

	/** Every row as an edit of the year; any bad cell is rejected on {@code errors} (then save nothing). */
	List<TargetEdit> edits(Map<Long, UnitRef> units, Errors errors) {
		if (!SheetRows.allKnown(unitIds(), units, errors)) {
			return List.of();
		}
		List<TargetEdit> edits = new ArrayList<>();
		List<Row> rows = getRows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			UnitRef unit = units.get(row.getUnitId());
			GridCells cells = new GridCells(errors, i, unit.name());
			RowTargets submitted = new RowTargets(cells.rate("bhyt", label(Indicator.BHYT), row.bhyt),
					cells.rate("bhxh", label(Indicator.BHXH), row.bhxh),
					cells.rate("bhxhTn", label(Indicator.BHXH_TN), row.bhxhTn),
					cells.rate("bhtn", label(Indicator.BHTN), row.bhtn), cells.text("decision", DECISION, row.decision));
			edits.add(new TargetEdit(unit.id(), row.versions(), row.original(), submitted));
		}
		return edits;
	}

	void takeTheirs(List<TargetConflict> conflicts) {
		takeTheirs(conflicts, conflict -> conflict.unit().id(),
				(row, conflict) -> row.takeTheirs(conflict.theirs(), conflict.theirVersions()));
	}

	static String label(Indicator indicator) {
		return "target.indicator." + indicator.name();
	}

	static String rateText(@Nullable BigDecimal rate, Locale locale) {
		if (rate == null) {
			return "";
		}
		String plain = rate.setScale(Math.max(2, rate.stripTrailingZeros().scale())).toPlainString();
		return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}
}
