package vn.baophu.target.web;

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
import vn.baophu.target.DenominatorConflict;
import vn.baophu.target.SheetOutcome;
import vn.baophu.target.TargetService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Population and labour force of every leaf unit under a unit, for one year, saved all or nothing. */
@Controller
@RequestMapping("/units/{code}/denominators")
class DenominatorSheetController {

	static final String VIEW = "target/denominators";

	private final UnitService units;
	private final TargetService targets;
	private final MessageSource messages;

	DenominatorSheetController(UnitService units, TargetService targets, MessageSource messages) {
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

	@GetMapping
	String show(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year != null ? SheetRows.checkYear(year)
				: targets.latestDenominatorYear(SheetRows.ids(units.leavesIn(unit, SheetRows.currentYear())))
					.orElse(SheetRows.currentYear());
		List<UnitRef> leaves = units.leavesIn(unit, shown);
		model.addAttribute("sheet", DenominatorSheetForm.of(targets.denominatorSheet(leaves, shown)));
		return page(model, unit, shown, leaves);
	}

	@PostMapping(params = "save")
	String save(@ModelAttribute(name = "unit", binding = false) UnitRef unit, @RequestParam int year,
			@Valid @ModelAttribute("sheet") DenominatorSheetForm sheet, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<UnitRef> leaves = units.leavesIn(unit, SheetRows.checkYear(year));
		var edits = sheet.edits(year, SheetRows.byId(leaves), errors);
		if (errors.hasErrors()) {
			return page(model, unit, year, leaves);
		}
		SheetOutcome<DenominatorConflict> outcome;
		try {
			outcome = targets.saveDenominatorSheet(leaves, year, edits);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			model.addAttribute("error", messages.getMessage("target.error.concurrent", null, locale));
			return page(model, unit, year, leaves);
		}
		if (!outcome.saved()) {
			sheet.takeTheirs(outcome.conflicts());
			model.addAttribute("conflicts", outcome.conflicts());
			return page(model, unit, year, leaves);
		}
		redirect.addFlashAttribute("success",
				messages.getMessage("target.denominators.saved", new Object[] { outcome.savedRows(), year }, locale));
		return "redirect:/units/{code}/denominators?year=" + year;
	}

	@PostMapping(params = "derive")
	String deriveLabourForce(@ModelAttribute(name = "unit", binding = false) UnitRef unit, @RequestParam int year,
			@ModelAttribute("sheet") DenominatorSheetForm sheet, BindingResult errors, Model model, Locale locale) {
		List<UnitRef> leaves = units.leavesIn(unit, SheetRows.checkYear(year));
		int filled = sheet.deriveLabourForce(SheetRows.byId(leaves), errors);
		if (!errors.hasErrors()) {
			model.addAttribute("info", messages.getMessage("target.denominators.derived",
					new Object[] { filled, sheet.getSharePercent().strip() }, locale));
		}
		return page(model, unit, year, leaves);
	}

	private String page(Model model, UnitRef unit, int year, List<UnitRef> leaves) {
		model.addAttribute("year", year);
		model.addAttribute("previousYear", year - 1);
		model.addAttribute("nextYear", year + 1);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("units", SheetRows.byId(leaves));
		return VIEW;
	}
}
