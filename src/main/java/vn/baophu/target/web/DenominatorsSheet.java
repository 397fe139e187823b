package vn.baophu.target.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.target.DenominatorConflict;
import vn.baophu.target.DenominatorEdit;
import vn.baophu.target.DenominatorValues;
import vn.baophu.target.SheetOutcome;
import vn.baophu.target.TargetService;
import vn.baophu.target.web.SheetColumn.Holds;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/** Population and labour force of every leaf unit under a unit, for one year. */
@Component
@RequiredArgsConstructor
class DenominatorsSheet implements YearlySheet {

	private static final List<SheetColumn> COLUMNS = List.of(
			new SheetColumn("population", DenominatorSheetForm.POPULATION, Holds.COUNT),
			new SheetColumn("labourForce", DenominatorSheetForm.LABOUR_FORCE, Holds.COUNT),
			new SheetColumn("source", DenominatorSheetForm.SOURCE, Holds.TEXT));

	private final UnitService units;
	private final TargetService targets;

	@Override
	public String page() {
		return "denominators";
	}

	@Override
	public List<UnitRef> rows(UnitRef unit, int year) {
		return units.leavesIn(unit, year);
	}

	@Override
	public boolean hasOwnRow() {
		return false;
	}

	@Override
	public Optional<Integer> latestYear(List<Long> unitIds) {
		return targets.latestDenominatorYear(unitIds);
	}

	@Override
	public YearlySheetForm<?> open(List<UnitRef> rows, int year, Locale locale) {
		return DenominatorSheetForm.of(targets.denominatorSheet(rows, year));
	}

	@Override
	public YearlySheetForm<?> blank() {
		return new DenominatorSheetForm();
	}

	@Override
	public List<SheetColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<String> hiddenFields() {
		return List.of("unitId", "version", "originalPopulation", "originalLabourForce", "originalSource");
	}

	@Override
	public List<String> shown(Object values, Locale locale) {
		DenominatorValues denominators = (DenominatorValues) values;
		return List.of(VietnameseNumbers.people(denominators.population(), locale),
				VietnameseNumbers.people(denominators.labourForce(), locale),
				denominators.source() == null ? VietnameseNumbers.MISSING : denominators.source());
	}

	@Override
	public @Nullable SheetOutcome<?> save(YearlySheetForm<?> form, List<UnitRef> rows, int year, Errors errors) {
		List<DenominatorEdit> edits = ((DenominatorSheetForm) form).edits(year, SheetRows.byId(rows), errors);
		return errors.hasErrors() ? null : targets.saveDenominatorSheet(rows, year, edits);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void takeTheirs(YearlySheetForm<?> form, List<?> conflicts) {
		((DenominatorSheetForm) form).takeTheirs((List<DenominatorConflict>) conflicts);
	}
}
