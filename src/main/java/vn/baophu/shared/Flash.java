package vn.baophu.shared;

import lombok.RequiredArgsConstructor;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once after a redirect ({@code fragments/alerts :: flash}), in the reader's
 * language. Every module's controllers use it for post/redirect/get.
 */
@Component
@RequiredArgsConstructor
public class Flash {

	private final MessageSource messages;

	public void success(RedirectAttributes redirect, Locale locale, String key, Object... args) {
		redirect.addFlashAttribute("success", messages.getMessage(key, args, locale));
	}

	public void error(RedirectAttributes redirect, Locale locale, String key, Object... args) {
		redirect.addFlashAttribute("error", messages.getMessage(key, args, locale));
	}
}
