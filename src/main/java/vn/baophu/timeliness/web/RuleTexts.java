package vn.baophu.timeliness.web;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.deadline.Deadline;
import vn.baophu.timeliness.ReportingRule;

/**
 * The reporting rule in words, in the request's language, for templates:
 * {@code ${@ruleText.of(rule)}} gives "ngày 25 của tháng báo cáo". Public because templates call it.
 */
@Component("ruleText")
@RequiredArgsConstructor
public class RuleTexts {

	private final MessageSource messages;

	public String of(ReportingRule rule) {
		String day = rule.day() == Deadline.LAST ? message("task.rule.lastDay") : message("task.rule.day", rule.day());
		return message("task.rule.text." + rule.monthOffset(), day) + " — "
				+ message("task.weekend." + rule.weekendRule());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
