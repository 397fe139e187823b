package vn.baophu.figures.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.figures.EntryRow;
import vn.baophu.figures.FigureEntryService;
import vn.baophu.figures.MonthClosedException;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.figures.RowSubmission;
import vn.baophu.figures.SaveOutcome;
import vn.baophu.shared.VietnamTime;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The monthly data-entry grid: one row per leaf unit below the chosen unit. */
@Controller
@RequiredArgsConstructor
class EntryController {

	static final String VIEW = "figures/entry";

	static final int MAX_LINES = 20_000;

	private final UnitService units;
	private final FigureEntryService entry;
	private final MonthStatusService months;
	private final EntryFormReader reader;
	private final MessageSource messages;
	private final Clock clock;

	/** A province's grid posts one line per commune: far above Spring's default of 256 list elements. */
	@InitBinder
	void allowLargeGrids(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_LINES);
	}

	@GetMapping("/units/{code}/entry")
	String grid(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		YearMonth month = period == null ? VietnamTime.thisMonth(clock).minusMonths(1) : period;
		UnitRef unit = units.requireVisible(code, month, user);
		List<GridLine> lines = entry.rows(unit, month).stream().map(GridLine::fresh).toList();
		return show(unit, month, lines, user, model);
	}

	@PostMapping("/units/{code}/entry")
	String save(@PathVariable String code, @RequestParam YearMonth period, @ModelAttribute EntryForm form,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model, RedirectAttributes redirect) {
		UnitRef unit = units.requireVisible(code, period, user);
		if (!user.canEnterFigures(unit.path(), districtEntryAllowed(unit))) {
			throw new org.springframework.security.access.AccessDeniedException("No figure entry for " + code);
		}
		List<EntryRow> rows = entry.rows(unit, period);
		EntryFormReader.Result read = reader.read(form, rows, locale);
		Map<Long, EntryForm.Line> posted = form.getLines().stream()
			.collect(Collectors.toMap(EntryForm.Line::getUnitId, Function.identity(), (a, b) -> b));
		if (!read.errors().isEmpty()) {
			model.addAttribute("errors", read.errors());
			return show(unit, period, postedLines(rows, posted), user, model);
		}
		SaveOutcome outcome;
		try {
			outcome = entry.save(unit, period, read.submissions(), form.isConfirmed(), form.getComment(),
					user.getUsername());
		}
		catch (MonthClosedException ex) {
			model.addAttribute("closedError", ex.closedAt());
			return show(unit, period, postedLines(rows, posted), user, model);
		}
		if (outcome.status() == SaveOutcome.Status.SAVED) {
			redirect.addFlashAttribute("success",
					messages.getMessage("entry.saved", new Object[] { outcome.savedRows() }, locale));
			return "redirect:/units/" + code + "/entry?period=" + period;
		}
		model.addAttribute("outcome", outcome);
		model.addAttribute("comment", form.getComment());
		model.addAttribute("conflictsByCell", outcome.conflicts().stream().collect(Collectors.toMap(
				c -> EntryCells.id(codeOf(rows, c.unitId()), c.scheme()), Function.identity(), (a, b) -> a)));
		model.addAttribute("warningsByCell", outcome.warnings().stream().collect(Collectors.groupingBy(
				w -> EntryCells.id(codeOf(rows, w.unitId()), w.scheme()))));
		if (outcome.status() == SaveOutcome.Status.CONFLICT) {
			return show(unit, period, conflictLines(unit, period, read.submissions(), posted), user, model);
		}
		return show(unit, period, postedLines(rows, posted), user, model);
	}

	private String show(UnitRef unit, YearMonth period, List<GridLine> lines, SignedInUser user, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("period", period);
		model.addAttribute("lines", lines);
		model.addAttribute("schemes", GridLine.SCHEMES);
		model.addAttribute("status", months.statusOf(unit, period));
		model.addAttribute("canEdit", user.canEnterFigures(unit.path(), districtEntryAllowed(unit)));
		model.addAttribute("canClose", user.canManage(unit.path()));
		return VIEW;
	}

	private static List<GridLine> postedLines(List<EntryRow> rows, Map<Long, EntryForm.Line> posted) {
		return rows.stream()
			.map(row -> posted.containsKey(row.unitId()) ? GridLine.posted(row, posted.get(row.unitId()))
					: GridLine.fresh(row))
			.toList();
	}

	private List<GridLine> conflictLines(UnitRef unit, YearMonth period, List<RowSubmission> submissions,
			Map<Long, EntryForm.Line> posted) {
		Map<Long, RowSubmission> byUnit = submissions.stream()
			.collect(Collectors.toMap(RowSubmission::unitId, Function.identity()));
		List<GridLine> lines = new ArrayList<>();
		for (EntryRow row : entry.rows(unit, period)) {
			RowSubmission submission = byUnit.get(row.unitId());
			lines.add(submission == null ? GridLine.fresh(row)
					: GridLine.afterConflict(row, submission, posted.get(row.unitId())));
		}
		return lines;
	}

	private static String codeOf(List<EntryRow> rows, long unitId) {
		return rows.stream().filter(row -> row.unitId() == unitId).map(EntryRow::code).findFirst().orElse("");
	}

	private boolean districtEntryAllowed(UnitRef unit) {
		return units.lineage(unit).stream().anyMatch(UnitRef::districtEntryAllowed);
	}
}
