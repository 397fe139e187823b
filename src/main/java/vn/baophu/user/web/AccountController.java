package vn.baophu.user.web;

import lombok.RequiredArgsConstructor;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.user.LanguageForm;
import vn.baophu.user.PasswordChangeForm;
import vn.baophu.user.SessionFollowsAccount;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserNotFoundException;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

/** The signed-in user's own account: change the password, choose the language. */
@Controller
@RequestMapping("/account")
@RequiredArgsConstructor
class AccountController {

	static final String VIEW = "user/account";
	static final String REDIRECT = "redirect:/account";

	private final UserService users;
	private final LocaleResolver localeResolver;
	private final Flash flash;
	private final SessionFollowsAccount sessions;

	@GetMapping
	String page(@AuthenticationPrincipal SignedInUser me, Model model) {
		return page(me.username(), model);
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal SignedInUser me, @Valid PasswordChangeForm passwordChangeForm,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (!errors.hasErrors() && !users.changeOwnPassword(me.username(), passwordChangeForm.getCurrentPassword(),
				passwordChangeForm.getPassword())) {
			errors.rejectValue("currentPassword", "user.form.currentPassword.wrong");
		}
		if (errors.hasErrors()) {
			return page(me.username(), model);
		}
		// Other sessions of this account end with the old password; this one carries on.
		sessions.refresh(request, response);
		flash.success(redirect, locale, "user.flash.passwordChanged");
		return REDIRECT;
	}

	/** Stored for the next sign-ins, and switched at once for this session. */
	@PostMapping("/language")
	String chooseLanguage(@AuthenticationPrincipal SignedInUser me, @Valid LanguageForm languageForm,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(me.username(), model);
		}
		users.chooseLanguage(me.username(), languageForm.getLanguage());
		Locale chosen = "en".equals(languageForm.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
		localeResolver.setLocale(request, response, chosen);
		flash.success(redirect, chosen, "user.flash.languageChosen");
		return REDIRECT;
	}

	private String page(String username, Model model) {
		UserRow account = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
		model.addAttribute("account", account);
		if (!model.containsAttribute("passwordChangeForm")) {
			model.addAttribute(new PasswordChangeForm());
		}
		if (!model.containsAttribute("languageForm")) {
			LanguageForm languageForm = new LanguageForm();
			languageForm.setLanguage(account.languageOrDefault());
			model.addAttribute(languageForm);
		}
		return VIEW;
	}
}
