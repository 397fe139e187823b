package vn.baophu.timeliness.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.deadline.WeekendRule;
import vn.baophu.shared.PeriodPicker;
import vn.baophu.timeliness.EffectiveRule;
import vn.baophu.timeliness.Timeliness;
import vn.baophu.timeliness.TimelinessService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Reporting timeliness of a month (per child and per leaf), and the reporting deadline a unit sets. */
@Controller
@RequiredArgsConstructor
class TimelinessController {

	static final String VIEW = "timeliness/timeliness";
	static final String RULE_VIEW = "timeliness/rule";

	private final UnitService units;
	private final TimelinessService timeliness;
	private final Flash flash;

	@ModelAttribute("weekendRules")
	WeekendRule[] weekendRules() {
		return WeekendRule.values();
	}

	@GetMapping("/units/{code}/timeliness")
	String show(@PathVariable String code, @RequestParam(required = false) @Nullable YearMonth period,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.require(code);
		Timeliness shown = timeliness.timeliness(unit, period, user);
		model.addAttribute("timeliness", shown);
		model.addAttribute("lineage", units.lineage(unit));
		model.addAttribute("canManage", user.canManage(unit.path()));
		PeriodPicker.around(shown.period(), model);
		return VIEW;
	}

	@GetMapping("/units/{code}/timeliness/rule")
	String rule(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
		UnitRef unit = units.requireManageable(code, user);
		EffectiveRule rule = timeliness.ruleFor(unit, user);
		model.addAttribute("unit", unit);
		model.addAttribute("rule", rule);
		model.addAttribute(RuleForm.of(rule.rule()));
		return RULE_VIEW;
	}

	@PostMapping("/units/{code}/timeliness/rule")
	String setRule(@PathVariable String code, @Valid RuleForm ruleForm, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean reset, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, Locale locale) {
		UnitRef unit = units.requireManageable(code, user);
		if (!reset && errors.hasErrors()) {
			model.addAttribute("unit", unit);
			model.addAttribute("rule", timeliness.ruleFor(unit, user));
			return RULE_VIEW;
		}
		timeliness.setRule(unit, reset ? null : ruleForm.rule(), user);
		flash.success(redirect, locale, reset ? "task.rule.flash.reset" : "task.rule.flash.saved", unit.name());
		return "redirect:/units/" + code + "/timeliness";
	}
}
