package vn.baophu.target.web;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.target.RowTargets;
import vn.baophu.target.SheetOutcome;
import vn.baophu.target.TargetConflict;
import vn.baophu.target.TargetEdit;
import vn.baophu.target.TargetService;
import vn.baophu.target.web.SheetColumn.Holds;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/** The target rates of a unit (its own row first) and its children for one year, with the decision per row. */
@Component
@RequiredArgsConstructor
class TargetsSheet implements YearlySheet {

	/** The form fields of the indicators, in {@link Indicator} order. */
	private static final List<String> RATE_FIELDS = List.of("bhyt", "bhxh", "bhxhTn", "bhtn");

	private final UnitService units;
	private final TargetService targets;

	@Override
	public String page() {
		return "targets";
	}

	/** The unit itself first (its own target), then its children. */
	@Override
	public List<UnitRef> rows(UnitRef unit, int year) {
		List<UnitRef> rows = new ArrayList<>();
		rows.add(unit);
		rows.addAll(units.childrenIn(unit, year));
		return rows;
	}

	@Override
	public boolean hasOwnRow() {
		return true;
	}

	@Override
	public Optional<Integer> latestYear(List<Long> unitIds) {
		return targets.latestTargetYear(unitIds);
	}

	@Override
	public YearlySheetForm<?> open(List<UnitRef> rows, int year, Locale locale) {
		return TargetSheetForm.of(targets.targetSheet(rows, year), locale);
	}

	@Override
	public YearlySheetForm<?> blank() {
		return new TargetSheetForm();
	}

	@Override
	public List<SheetColumn> columns() {
		List<SheetColumn> columns = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			columns.add(new SheetColumn(RATE_FIELDS.get(indicator.ordinal()), TargetSheetForm.label(indicator), Holds.RATE));
		}
		columns.add(new SheetColumn("decision", TargetSheetForm.DECISION, Holds.TEXT));
		return columns;
	}

	@Override
	public List<String> hiddenFields() {
		List<String> fields = new ArrayList<>(List.of("unitId"));
		for (String rate : RATE_FIELDS) {
			fields.add("version" + Character.toUpperCase(rate.charAt(0)) + rate.substring(1));
		}
		for (String rate : RATE_FIELDS) {
			fields.add("original" + Character.toUpperCase(rate.charAt(0)) + rate.substring(1));
		}
		fields.add("originalDecision");
		return fields;
	}

	@Override
	public List<String> shown(Object values, Locale locale) {
		RowTargets row = (RowTargets) values;
		List<String> shown = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			BigDecimal rate = row.rate(indicator);
			shown.add(rate == null ? VietnameseNumbers.MISSING : VietnameseNumbers.percent(rate, locale));
		}
		shown.add(row.decision() == null ? VietnameseNumbers.MISSING : row.decision());
		return shown;
	}

	@Override
	public @Nullable SheetOutcome<?> save(YearlySheetForm<?> form, List<UnitRef> rows, int year, Errors errors) {
		List<TargetEdit> edits = ((TargetSheetForm) form).edits(SheetRows.byId(rows), errors);
		return errors.hasErrors() ? null : targets.saveTargetSheet(rows, year, edits);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void takeTheirs(YearlySheetForm<?> form, List<?> conflicts) {
		((TargetSheetForm) form).takeTheirs((List<TargetConflict>) conflicts);
	}
}
