package vn.baophu.target.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Indicator;
import vn.baophu.target.SheetOutcome;
import vn.baophu.target.TargetConflict;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The target rates of a unit and its children for one year, with the decision per row, saved all or nothing. */
@Controller
@RequestMapping("/units/{code}/targets")
class TargetSheetController {

	static final String VIEW = "target/targets";

	private final UnitService units;
	private final TargetService targets;
	private final MessageSource messages;

	TargetSheetController(UnitService units, TargetService targets, MessageSource messages) {
		this.units = units;
		this.targets = targets;
		this.messages = messages;
	}

	@InitBinder("sheet")
	void allowLargeGrids(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(SheetRows.MAX_ROWS);
	}

	@ModelAttribute(name = "unit", binding = false)
	UnitRef unit(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.requireManageable(code, user);
		return unit;
	}

	@ModelAttribute("indicators")
	Indicator[] indicators() {
		return Indicator.values();
	}

	@GetMapping
	String show(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		int shown = year != null ? SheetRows.checkYear(year)
				: targets.latestTargetYear(SheetRows.ids(rows(unit, SheetRows.currentYear())))
					.orElse(SheetRows.currentYear());
		List<UnitRef> rows = rows(unit, shown);
		model.addAttribute("sheet", TargetSheetForm.of(targets.targetSheet(rows, shown), locale));
		return page(model, unit, shown, rows);
	}

	@PostMapping
	String save(@ModelAttribute(name = "unit", binding = false) UnitRef unit, @RequestParam int year,
			@Valid @ModelAttribute("sheet") TargetSheetForm sheet, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<UnitRef> rows = rows(unit, SheetRows.checkYear(year));
		var edits = sheet.edits(SheetRows.byId(rows), errors);
		if (errors.hasErrors()) {
			return page(model, unit, year, rows);
		}
		SheetOutcome<TargetConflict> outcome;
		try {
			outcome = targets.saveTargetSheet(rows, year, edits);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			model.addAttribute("error", messages.getMessage("target.error.concurrent", null, locale));
			return page(model, unit, year, rows);
		}
		if (!outcome.saved()) {
			sheet.takeTheirs(outcome.conflicts());
			model.addAttribute("conflicts", outcome.conflicts());
			return page(model, unit, year, rows);
		}
		redirect.addFlashAttribute("success",
				messages.getMessage("target.targets.saved", new Object[] { outcome.savedRows(), year }, locale));
		return "redirect:/units/{code}/targets?year=" + year;
	}

	/** The unit itself first (its own target), then its children. */
	private List<UnitRef> rows(UnitRef unit, int year) {
		List<UnitRef> rows = new ArrayList<>();
		rows.add(unit);
		rows.addAll(units.childrenIn(unit, year));
		return rows;
	}

	private String page(Model model, UnitRef unit, int year, List<UnitRef> rows) {
		model.addAttribute("year", year);
		model.addAttribute("previousYear", year - 1);
		model.addAttribute("nextYear", year + 1);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("units", SheetRows.byId(rows));
		return VIEW;
	}
}
