package vn.baophu.user.web;

import java.util.Locale;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.baophu.shared.Flash;
import vn.baophu.user.PasswordResetForm;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserForm;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

/** One user: change name, role, unit and enabled; give a new password; lift a sign-in lock. */
@Controller
@RequestMapping("/admin/users/{username}")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class UserEditController {

	static final String EDIT_VIEW = "user/edit";
	/** The redirect fills in (and encodes) {username} from the request's path. */
	static final String REDIRECT_EDIT = "redirect:/admin/users/{username}/edit";

	private final UserService users;
	private final UnitCodeField unitCodes;
	private final Flash flash;

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/edit")
	String edit(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin, Model model) {
		return page(users.require(admin, username), model);
	}

	@PostMapping("/edit")
	String update(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin,
			@Valid UserForm userForm, BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		UserRow account = users.require(admin, username);
		if (admin.username().equals(username) && userForm.getRole() != null && userForm.getRole() != Role.ADMINISTRATOR) {
			errors.rejectValue("role", "user.form.role.self");
		}
		if (admin.username().equals(username) && !userForm.isEnabled()) {
			errors.rejectValue("enabled", "user.form.enabled.self");
		}
		Long unitId = unitCodes.resolve(userForm, admin, errors);
		if (errors.hasErrors() || userForm.getRole() == null) {
			return page(account, model);
		}
		try {
			users.update(admin, username, userForm.getVersion(), userForm.getDisplayName().strip(), userForm.getRole(),
					unitId, userForm.isEnabled());
			flash.success(redirect, locale, "user.flash.updated", username);
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			flash.error(redirect, locale, "user.flash.stale", username);
		}
		return REDIRECT_EDIT;
	}

	@PostMapping("/password")
	String resetPassword(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin,
			@Valid PasswordResetForm passwordResetForm, BindingResult errors, Model model, RedirectAttributes redirect,
			Locale locale) {
		UserRow account = users.require(admin, username);
		if (errors.hasErrors()) {
			return page(account, model);
		}
		users.resetPassword(admin, username, passwordResetForm.getPassword());
		flash.success(redirect, locale, "user.flash.passwordReset", username);
		return REDIRECT_EDIT;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect, Locale locale) {
		users.unlock(admin, username);
		flash.success(redirect, locale, "user.flash.unlocked", username);
		return REDIRECT_EDIT;
	}

	private static String page(UserRow account, Model model) {
		model.addAttribute("account", account);
		if (!model.containsAttribute("userForm")) {
			model.addAttribute(UserForm.of(account));
		}
		if (!model.containsAttribute("passwordResetForm")) {
			model.addAttribute(new PasswordResetForm());
		}
		return EDIT_VIEW;
	}
}
