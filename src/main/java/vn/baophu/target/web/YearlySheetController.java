package vn.baophu.target.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.target.SheetOutcome;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * The yearly grids of a unit (denominators of its leaf units, targets of it and its children), one
 * year at a time, saved all or nothing: a row someone else saved meanwhile is shown as a conflict
 * and nothing is saved.
 */
@Controller
@RequestMapping("/units/{code}/{page:denominators|targets}")
class YearlySheetController {

	static final String VIEW = "target/sheet";

	private final Map<String, YearlySheet> sheets;
	private final UnitService units;
	private final MessageSource messages;
	private final Flash flash;

	YearlySheetController(List<YearlySheet> sheets, UnitService units, MessageSource messages, Flash flash) {
		this.sheets = sheets.stream().collect(Collectors.toMap(YearlySheet::page, Function.identity()));
		this.units = units;
		this.messages = messages;
		this.flash = flash;
	}

	@InitBinder("sheet")
	void allowLargeGrids(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(SheetRows.MAX_ROWS);
	}

	@ModelAttribute(name = "kind", binding = false)
	YearlySheet kind(@PathVariable String page) {
		YearlySheet sheet = sheets.get(page);
		if (sheet == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return sheet;
	}

	@ModelAttribute(name = "unit", binding = false)
	UnitRef unit(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year,
			@AuthenticationPrincipal SignedInUser user) {
		// In a reform year a kept code names two units: the one of 1 January.
		return units.requireManageableInYear(code, year, user);
	}

	/** The empty form of this grid, which a post is bound on. */
	@ModelAttribute("sheet")
	YearlySheetForm<?> sheet(@ModelAttribute(name = "kind", binding = false) YearlySheet kind) {
		return kind.blank();
	}

	@GetMapping
	String show(@ModelAttribute(name = "kind", binding = false) YearlySheet kind,
			@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		int shown = year != null ? SheetRows.checkYear(year)
				: kind.latestYear(SheetRows.ids(kind.rows(unit, SheetRows.currentYear())))
					.orElse(SheetRows.currentYear());
		List<UnitRef> rows = kind.rows(unit, shown);
		model.addAttribute("sheet", kind.open(rows, shown, locale));
		return page(model, kind, unit, shown, rows);
	}

	@PostMapping(params = "!derive")
	String save(@ModelAttribute(name = "kind", binding = false) YearlySheet kind,
			@ModelAttribute(name = "unit", binding = false) UnitRef unit, @RequestParam int year,
			@Valid @ModelAttribute("sheet") YearlySheetForm<?> sheet, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<UnitRef> rows = kind.rows(unit, SheetRows.checkYear(year));
		SheetOutcome<?> outcome;
		try {
			outcome = kind.save(sheet, rows, year, errors);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			model.addAttribute("error", messages.getMessage("target.error.concurrent", null, locale));
			return page(model, kind, unit, year, rows);
		}
		if (outcome == null || !outcome.saved()) {
			if (outcome != null) {
				kind.takeTheirs(sheet, outcome.conflicts());
				model.addAttribute("conflicts", outcome.conflicts());
			}
			return page(model, kind, unit, year, rows);
		}
		flash.success(redirect, locale, "target." + kind.page() + ".saved", outcome.savedRows(), year);
		return "redirect:/units/{code}/" + kind.page() + "?year=" + year;
	}

	/** The denominators grid's helper: labour force as a share of population, filled in without saving. */
	@PostMapping(params = "derive")
	String deriveLabourForce(@ModelAttribute(name = "kind", binding = false) YearlySheet kind,
			@ModelAttribute(name = "unit", binding = false) UnitRef unit, @RequestParam int year,
			@ModelAttribute("sheet") YearlySheetForm<?> sheet, BindingResult errors, Model model, Locale locale) {
		if (!(sheet instanceof DenominatorSheetForm denominators)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<UnitRef> rows = kind.rows(unit, SheetRows.checkYear(year));
		int filled = denominators.deriveLabourForce(SheetRows.byId(rows), errors);
		if (!errors.hasErrors()) {
			model.addAttribute("info", messages.getMessage("target.denominators.derived",
					new Object[] { filled, denominators.getSharePercent().strip() }, locale));
		}
		return page(model, kind, unit, year, rows);
	}

	private String page(Model model, YearlySheet kind, UnitRef unit, int year, List<UnitRef> rows) {
		model.addAttribute("page", kind.page());
		model.addAttribute("year", year);
		model.addAttribute("previousYear", year - 1);
		model.addAttribute("nextYear", year + 1);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("units", SheetRows.byId(rows));
		return VIEW;
	}
}
