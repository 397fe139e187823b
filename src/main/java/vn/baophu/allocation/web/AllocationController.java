package vn.baophu.allocation.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.DateInput;
import vn.baophu.shared.Flash;
import vn.baophu.allocation.AllocationService;
import vn.baophu.task.DirectiveView;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/**
 * Target allocation from the gap table: the people each child still has to enrol, and in one step a
 * task per child under a directive, due on a day (the end of the year unless another is given).
 */
@Controller
@RequiredArgsConstructor
class AllocationController {

	static final String VIEW = "allocation/allocate";

	private final UnitService units;
	private final AllocationService allocations;
	private final Flash flash;

	@GetMapping("/units/{code}/tasks/allocate")
	String page(@PathVariable String code, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long directive, @RequestParam(required = false) @Nullable String dueOn,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireManageable(code, user);
		YearMonth month = allocations.period(unit, Periods.parse(period));
		List<DirectiveView> choices = allocations.directivesFor(unit, user);
		Long chosen = directive != null ? directive : choices.isEmpty() ? null : choices.get(0).id();
		model.addAttribute("unit", unit);
		model.addAttribute("period", month);
		model.addAttribute("directives", choices);
		model.addAttribute("directiveId", chosen);
		model.addAttribute("dueOn", dueOn != null ? dueOn : DateInput.format(LocalDate.of(month.getYear(), 12, 31)));
		model.addAttribute("lines", allocations.plan(unit, month, chosen, user));
		return VIEW;
	}

	@PostMapping("/units/{code}/tasks/allocate")
	String allocate(@PathVariable String code, @RequestParam String period, @RequestParam(required = false) @Nullable Long directive,
			@RequestParam String dueOn, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		UnitRef unit = units.requireManageable(code, user);
		YearMonth month = Periods.parse(period);
		LocalDate due = DateInput.parse(dueOn).orElse(null);
		if (month == null || due == null || directive == null) {
			flash.error(redirect, locale, directive == null ? "task.allocate.noDirective" : "task.allocate.badDate", dueOn);
			return "redirect:/units/" + code + "/tasks/allocate?period=" + (month == null ? "" : month)
					+ (directive == null ? "" : "&directive=" + directive);
		}
		AllocationService.Outcome outcome = allocations.allocate(unit, month, directive, due, user, locale);
		flash.success(redirect, locale, "task.allocate.done", outcome.created().size(), outcome.skippedCodes().size());
		return "redirect:/directives/" + directive;
	}
}
