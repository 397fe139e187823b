package vn.baophu.task.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once after a redirect ({@code fragments/alerts :: flash}), in the reader's language. */
@Component
class TaskFlash {

	private final MessageSource messages;

	TaskFlash(MessageSource messages) {
		this.messages = messages;
	}

	void success(RedirectAttributes redirect, Locale locale, String key, Object... args) {
		redirect.addFlashAttribute("success", messages.getMessage(key, args, locale));
	}

	void error(RedirectAttributes redirect, Locale locale, String key, Object... args) {
		redirect.addFlashAttribute("error", messages.getMessage(key, args, locale));
	}
}
