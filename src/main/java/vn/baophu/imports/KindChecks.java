package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The check of each kind of file. A switch over the kinds, so that a kind without its check does not
 * compile (instead of failing at its first import).
 */
@Component
@RequiredArgsConstructor
class KindChecks {

	private final UnitsCheck units;
	private final DenominatorsCheck denominators;
	private final TargetsCheck targets;
	private final FiguresCheck figures;
	private final UsersCheck users;
	private final SchoolsCheck schools;
	private final ReformCheck reform;
	private final TasksCheck tasks;

	KindCheck of(ImportKind kind) {
		return switch (kind) {
			case UNITS -> units;
			case DENOMINATORS -> denominators;
			case TARGETS -> targets;
			case FIGURES -> figures;
			case USERS -> users;
			case SCHOOLS -> schools;
			case REFORM -> reform;
			case TASKS -> tasks;
		};
	}
}
