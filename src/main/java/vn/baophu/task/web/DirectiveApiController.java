package vn.baophu.task.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.baophu.task.DirectiveInput;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.DirectiveView;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;
import vn.baophu.task.web.TaskJson.DirectiveWithTasks;

/** Directives over HTTP: those of a subtree, one with its tasks, creating and editing one. */
@RestController
@Tag(name = "Tasks", description = "Directives' tasks with deadlines; status computed from the clock on every read")
@RequiredArgsConstructor
class DirectiveApiController {

	private final UnitService units;
	private final DirectiveService directives;
	private final TaskService tasks;

	@GetMapping("/api/v1/units/{code}/directives")
	@Operation(summary = "Directives kept in a unit's subtree or assigning a task to a unit in it, newest first")
	List<DirectiveView> list(@PathVariable String code, @AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		return directives.directivesUnder(unit, user);
	}

	@PostMapping("/api/v1/units/{code}/directives")
	@Operation(summary = "Create a directive kept under a unit",
			description = "issued: dd/MM/yyyy or a year alone; kind: CONG_VAN, CHI_THI, KE_HOACH, THONG_BAO_KET_LUAN "
					+ "(or công văn, chỉ thị, kế hoạch, thông báo kết luận). Administrators and provincial staff.")
	ResponseEntity<DirectiveView> create(@PathVariable String code, @RequestBody DirectiveInput input,
			@AuthenticationPrincipal SignedInUser user) {
		UnitRef unit = units.require(code);
		long id = directives.create(unit, input, user);
		return ResponseEntity.status(HttpStatus.CREATED).body(directives.directive(id, user));
	}

	@GetMapping("/api/v1/directives/{id}")
	@Operation(summary = "One directive with the tasks the caller may read, each with where it stands today")
	DirectiveWithTasks directive(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return new DirectiveWithTasks(directives.directive(id, user), tasks.tasksOf(id, user));
	}

	@PutMapping("/api/v1/directives/{id}")
	@Operation(summary = "Replace a directive's number, date, issuer, kind and title")
	DirectiveView update(@PathVariable long id, @RequestBody DirectiveInput input,
			@AuthenticationPrincipal SignedInUser user) {
		directives.update(id, input, user);
		return directives.directive(id, user);
	}
}
