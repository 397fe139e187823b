package vn.baophu.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
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
class TargetSheetForm {

	static final String DECISION = "target.targets.decision";

	@Valid
	private List<Row> rows = new ArrayList<>();

	/** The last field of the form: missing when the request was cut short, so nothing is saved. */
	@AssertTrue(message = "{target.error.incomplete}")
	private boolean complete;

	@Getter
	@Setter
	static class Row {

		@NotNull
		private @Nullable Long unitId;

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
			form.rows.add(row);
		}
		return form;
	}

	/** Every row as an edit of the year; any bad cell is rejected on {@code errors} (then save nothing). */
	List<TargetEdit> edits(Map<Long, UnitRef> units, Errors errors) {
		if (!SheetRows.allKnown(rows.stream().map(Row::getUnitId).toList(), units, errors)) {
			return List.of();
		}
		List<TargetEdit> edits = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			UnitRef unit = units.get(row.unitId);
			GridCells cells = new GridCells(errors, i, unit.name());
			RowTargets submitted = new RowTargets(cells.rate("bhyt", label(Indicator.BHYT), row.bhyt),
					cells.rate("bhxh", label(Indicator.BHXH), row.bhxh),
					cells.rate("bhxhTn", label(Indicator.BHXH_TN), row.bhxhTn),
					cells.rate("bhtn", label(Indicator.BHTN), row.bhtn), cells.text("decision", DECISION, row.decision));
			edits.add(new TargetEdit(unit.id(), row.versions(), row.original(), submitted));
		}
		return edits;
	}

	/** After a conflict: the rows keep what this user typed, and now stand on the other user's save. */
	void takeTheirs(List<TargetConflict> conflicts) {
		Map<Long, TargetConflict> byUnit = new HashMap<>();
		conflicts.forEach(conflict -> byUnit.put(conflict.unit().id(), conflict));
		for (Row row : rows) {
			TargetConflict conflict = row.unitId == null ? null : byUnit.get(row.unitId);
			if (conflict != null) {
				row.takeTheirs(conflict.theirs(), conflict.theirVersions());
			}
		}
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
