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
import vn.baophu.user.NewUserForm;
import vn.baophu.user.PasswordResetForm;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserForm;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

/**
 * The users an administrator manages: the list, creating one, and one user's page (change name, role,
 * unit and enabled; give a new password; lift a sign-in lock).
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class UserAdminController {

	static final String LIST_VIEW = "user/list";
	static final String NEW_VIEW = "user/new";
	static final String REDIRECT_LIST = "redirect:/admin/users";
	static final String EDIT_VIEW = "user/edit";
	/** The redirect fills in (and encodes) {username} from the request's path. */
	static final String REDIRECT_EDIT = "redirect:/admin/users/{username}/edit";

	private final UserService users;
	private final UnitCodeField unitCodes;
	private final Flash flash;
	private final ReformRetie reformRetie;

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("users", users.list(admin));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute(new NewUserForm());
		return NEW_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser admin, @Valid NewUserForm newUserForm, BindingResult errors,
			RedirectAttributes redirect, Locale locale) {
		String username = newUserForm.getUsername().strip();
		if (!errors.hasFieldErrors("username") && users.exists(username)) {
			errors.rejectValue("username", "user.form.username.taken", new Object[] { username }, null);
		}
		Long unitId = unitCodes.resolve(newUserForm, admin, errors);
		if (errors.hasErrors() || newUserForm.getRole() == null) {
			return NEW_VIEW;
		}
		users.create(username, newUserForm.getPassword(), newUserForm.getDisplayName().strip(), newUserForm.getRole(),
				unitId);
		flash.success(redirect, locale, "user.flash.created", username);
		return REDIRECT_LIST;
	}

	@GetMapping("/{username}/edit")
	String edit(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin, Model model) {
		return page(users.require(admin, username), model);
	}

	@PostMapping("/{username}/edit")
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

	@PostMapping("/{username}/password")
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

	/** After a reform: users of a closed unit go to the one unit that took its place. */
	@PostMapping("/retie")
	String retie(@AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect, Locale locale) {
		ReformRetie.Outcome outcome = reformRetie.retie(admin);
		flash.success(redirect, locale, "user.flash.retied", outcome.retied().size(),
				outcome.undecided().isEmpty() ? "—" : String.join(", ", outcome.undecided()));
		return REDIRECT_LIST;
	}

	@PostMapping("/{username}/unlock")
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
