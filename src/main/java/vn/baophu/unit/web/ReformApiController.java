package vn.baophu.unit.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.unit.AppliedReform;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** The reforms applied (they are applied by the reform import), and undoing one while nothing rests on it. */
@RestController
@RequestMapping("/api/v1/reforms")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Reforms", description = "Administrative reforms applied through POST /api/v1/import/reform")
@RequiredArgsConstructor
class ReformApiController {

	private final UnitService units;

	@GetMapping
	@Operation(summary = "The reforms applied, newest first, with how many units each formed and closed")
	List<AppliedReform> reforms() {
		return units.reforms();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Undo a reform: remove the units it formed, open again those it closed",
			description = "409 once figures, denominators, targets, accounts or a later reform rest on a formed unit.")
	ResponseEntity<Map<String, Object>> undo(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Map<String, Long> blocking = units.undoReform(id, user);
		if (!blocking.isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
					"The units this reform formed are in use; undo refused", "inUse", blocking));
		}
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Map<String, Object>> inUse(DataIntegrityViolationException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("message", "The units this reform formed are referred to elsewhere; undo refused"));
	}
}
