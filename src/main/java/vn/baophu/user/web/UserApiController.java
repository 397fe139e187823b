package vn.baophu.user.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.baophu.user.NewUserForm;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserForm;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;
import vn.baophu.user.web.UserApiErrors.Refused;
import vn.baophu.user.web.UserJson.NewUserInput;
import vn.baophu.user.web.UserJson.UserItem;
import vn.baophu.user.web.UserJson.UserPatch;

/**
 * Users over HTTP for administrators, with the rules of the pages: only users and units inside the
 * administrator's subtree, the password rules, a unit for every role but a whole-tree administrator,
 * and no administrator demoting or disabling themselves.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "User administration", description = "Create, read and change the users of the administrator's subtree")
@RequiredArgsConstructor
class UserApiController {

	private final UserService users;
	private final UserApiInput input;

	@GetMapping
	@Operation(summary = "The users whose unit lies in the administrator's subtree")
	List<UserItem> list(@AuthenticationPrincipal SignedInUser admin) {
		return users.list(admin).stream().map(UserItem::of).toList();
	}

	@GetMapping("/{username}")
	@Operation(summary = "One user", description = "404 unknown, 403 outside the administrator's subtree.")
	UserItem user(@PathVariable String username, @AuthenticationPrincipal SignedInUser admin) {
		return UserItem.of(users.require(admin, username));
	}

	@PostMapping
	@Operation(summary = "Create a user",
			description = "username (3–50 of a-z 0-9 . _ -), fullName, password (at least 10 characters), role "
					+ "(ADMINISTRATOR, PROVINCIAL_STAFF, DISTRICT_OFFICIAL, LEADER or the Vietnamese label) and unitCode "
					+ "(in the administrator's subtree; empty only for an administrator of the whole tree). 201 created, "
					+ "422 with every bad field, 409 when the name is taken.")
	ResponseEntity<UserItem> create(@RequestBody NewUserInput body, @AuthenticationPrincipal SignedInUser admin,
			Locale locale, UriComponentsBuilder uri) {
		Role role = input.role(body.role());
		NewUserForm form = body.form(role);
		BindingResult errors = input.validate(form);
		String username = form.getUsername();
		boolean taken = !errors.hasFieldErrors("username") && users.exists(username);
		if (taken) {
			errors.rejectValue("username", "user.form.username.taken", new Object[] { username }, null);
		}
		Long unitId = input.unitId(form, admin, errors);
		if (errors.hasErrors() || role == null) {
			throw new Refused(taken ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
					input.messages(errors, body.role(), locale));
		}
		users.create(username, form.getPassword(), form.getDisplayName().strip(), role, unitId);
		URI location = uri.path("/api/v1/admin/users/{username}").buildAndExpand(username).toUri();
		return ResponseEntity.created(location).body(UserItem.of(users.require(admin, username)));
	}

	@PatchMapping("/{username}")
	@Operation(summary = "Change a user: only the fields given (fullName, role, unitCode, enabled, password)",
			description = "unitCode \"\" = no unit (an administrator of the whole tree). 422 with every bad field, 403 "
					+ "when administrators demote or disable themselves, 409 when the user changed meanwhile.")
	UserItem change(@PathVariable String username, @RequestBody UserPatch body,
			@AuthenticationPrincipal SignedInUser admin, Locale locale) {
		UserRow current = users.require(admin, username);
		Role role = body.role() == null ? current.role() : input.role(body.role());
		UserForm form = body.form(current, role);
		input.refuseSelfDemotion(admin, username, form, locale);
		BindingResult errors = input.validate(form);
		if (body.password() != null) {
			input.validatePassword(body.password(), errors);
		}
		Long unitId = input.unitId(form, admin, errors);
		if (errors.hasErrors() || role == null) {
			throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, input.messages(errors, body.role(), locale));
		}
		users.update(admin, username, current.version(), form.getDisplayName().strip(), role, unitId, form.isEnabled(),
				body.password());
		return UserItem.of(users.require(admin, username));
	}
}
