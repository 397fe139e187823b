package vn.baophu.unit.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.VietnameseDates;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitProblem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Keeping one unit: rename, add a child, move under another parent, close from a day and, on a
 * district, let its officials enter their communes' figures. Every change goes through
 * {@link UnitService}, so it is audited.
 */
@Controller
@RequestMapping("/units/{code}/manage")
@RequiredArgsConstructor
class UnitManageController {

	static final String VIEW = "unit/manage";
	static final String REDIRECT = "redirect:/units/{code}/manage";

	private final UnitService units;
	private final MessageSource messages;

	@ModelAttribute(name = "unit", binding = false)
	UnitRef unit(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.requireManageable(code, user);
		return unit;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping
	String show(@ModelAttribute(name = "unit", binding = false) UnitRef unit, Model model) {
		return page(model, unit);
	}

	@PostMapping("/rename")
	String rename(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@Valid @ModelAttribute("renameForm") RenameForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			reject(errors, units.rename(unit, form.getName().strip(), form.getKind(), user), Map.of("type", "kind"));
		}
		return done(errors, model, unit, redirect, message("unit.manage.renamed", locale, form.getName().strip()));
	}

	@PostMapping("/children")
	String addChild(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@Valid @ModelAttribute("newUnitForm") NewUnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		String code = form.getCode().strip();
		if (!errors.hasErrors()) {
			reject(errors, units.addChild(unit, code, form.getName().strip(), form.getKind()),
					Map.of("code", "code", "type", "kind"));
		}
		return done(errors, model, unit, redirect, message("unit.manage.added", locale, code, form.getName().strip()));
	}

	@PostMapping("/move")
	String move(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@Valid @ModelAttribute("moveForm") MoveForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
		String parentCode = form.getParentCode().isBlank() ? null : form.getParentCode().strip();
		if (!errors.hasErrors()) {
			reject(errors, units.move(unit, parentCode, user), Map.of("parent_code", "parentCode", "type", "parentCode"));
		}
		return done(errors, model, unit, redirect,
				message("unit.manage.moved", locale, parentCode == null ? "—" : parentCode));
	}

	@PostMapping("/close")
	String close(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (!errors.hasErrors()) {
			units.closeFrom(unit, form.getClosedFrom());
		}
		String done = form.getClosedFrom() == null ? message("unit.manage.reopened", locale)
				: message("unit.manage.closed", locale, day(form.getClosedFrom(), locale));
		return done(errors, model, unit, redirect, done);
	}

	@PostMapping("/district-entry")
	String districtEntry(@ModelAttribute(name = "unit", binding = false) UnitRef unit,
			@ModelAttribute("districtEntryForm") DistrictEntryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<UnitProblem> problems = units.allowDistrictEntry(unit, form.isAllowed());
		if (!problems.isEmpty()) {
			// Only a district shows this form, so say it above the page.
			model.addAttribute("error", message(problems.get(0).messageKey(), locale, problems.get(0).argument()));
			return page(model, unit);
		}
		return done(errors, model, unit, redirect,
				message(form.isAllowed() ? "unit.manage.entryAllowed" : "unit.manage.entryRefused", locale));
	}

	/** Each problem on its form field where there is one, otherwise on the form as a whole. */
	private static void reject(BindingResult errors, List<UnitProblem> problems, Map<String, String> fields) {
		for (UnitProblem problem : problems) {
			Object[] args = { problem.argument() };
			String field = fields.get(problem.field());
			if (field == null) {
				errors.reject(problem.messageKey(), args, problem.messageKey());
			}
			else {
				errors.rejectValue(field, problem.messageKey(), args, problem.messageKey());
			}
		}
	}

	private String done(BindingResult errors, Model model, UnitRef unit, RedirectAttributes redirect, String success) {
		if (errors.hasErrors()) {
			return page(model, unit);
		}
		redirect.addFlashAttribute("success", success);
		return REDIRECT;
	}

	private String page(Model model, UnitRef unit) {
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("children", units.children(unit));
		model.addAttribute("parent", unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null));
		addIfAbsent(model, "renameForm", RenameForm.of(unit));
		addIfAbsent(model, "newUnitForm", new NewUnitForm());
		addIfAbsent(model, "moveForm", new MoveForm());
		addIfAbsent(model, "closeForm", CloseForm.of(unit));
		addIfAbsent(model, "districtEntryForm", DistrictEntryForm.of(unit));
		return VIEW;
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static String day(LocalDate day, Locale locale) {
		return VietnameseDates.date(day, locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
