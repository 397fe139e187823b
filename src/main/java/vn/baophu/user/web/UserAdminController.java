package vn.baophu.user.web;

import java.util.Locale;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.shared.Flash;
import vn.baophu.user.NewUserForm;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserService;

/** The list of the users an administrator manages, and creating one. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class UserAdminController {

	static final String LIST_VIEW = "user/list";
	static final String NEW_VIEW = "user/new";
	static final String REDIRECT_LIST = "redirect:/admin/users";

	private final UserService users;
	private final UnitCodeField unitCodes;
	private final Flash flash;

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
}
