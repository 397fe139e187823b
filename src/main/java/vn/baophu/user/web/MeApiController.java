package vn.baophu.user.web;

import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserNotFoundException;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

@RestController
@Tag(name = "Users", description = "The signed-in user")
@RequiredArgsConstructor
class MeApiController {

	private final UserService users;

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who am I",
			description = "The signed-in user: role, the code of the unit whose subtree they see (null: the whole "
					+ "tree) and the language of the pages (vi or en).")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		UserRow me = users.find(user.username()).orElseThrow(() -> new UserNotFoundException(user.username()));
		return new Me(me.username(), me.displayName(), me.role(), me.unitCode(), me.languageOrDefault());
	}

	record Me(String username, String displayName, Role role, @Nullable String unitCode, String language) {
	}
}
