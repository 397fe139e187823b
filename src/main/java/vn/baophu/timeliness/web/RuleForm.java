package vn.baophu.timeliness.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import vn.baophu.deadline.Deadline;
import vn.baophu.deadline.WeekendRule;
import vn.baophu.timeliness.ReportingRule;

/** The monthly reporting deadline: a day (1–31, or "last"), in the month itself or a later one, and the weekend rule. */
@Getter
@Setter
class RuleForm {

	@Pattern(regexp = "\\s*(?:[1-9]|[12][0-9]|3[01]|last)\\s*", message = "{task.form.error.ruleDay}")
	private String day = "25";

	@Min(value = 0, message = "{task.form.monthOffset}")
	@Max(value = 2, message = "{task.form.monthOffset}")
	private int monthOffset;

	@NotNull(message = "{task.form.required}")
	private @Nullable WeekendRule weekendRule = WeekendRule.KEEP;

	static RuleForm of(ReportingRule rule) {
		RuleForm form = new RuleForm();
		form.setDay(rule.day() == Deadline.LAST ? "last" : String.valueOf(rule.day()));
		form.setMonthOffset(rule.monthOffset());
		form.setWeekendRule(rule.weekendRule());
		return form;
	}

	ReportingRule rule() {
		String value = day.strip();
		return new ReportingRule(value.equals("last") ? Deadline.LAST : Integer.parseInt(value), monthOffset,
				weekendRule == null ? WeekendRule.KEEP : weekendRule);
	}
}
