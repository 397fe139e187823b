package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitDraft;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitProblem;
import vn.baophu.unit.UnitService;

/** units: {@code code,name,type,parent_code}; the tree rules (levels, parents, cycles) are the unit module's. */
@Component
@RequiredArgsConstructor
class UnitsCheck implements KindCheck {

	static final int CODE_LENGTH = 16;
	static final int NAME_LENGTH = 200;

	private static final String UNKNOWN_PARENT = "unit.error.unknownParent";

	private final UnitService units;

	@Override
	public Checked check(Table table, ImportContext context) {
		List<Issue> errors = new ArrayList<>();
		List<UnitDraft> drafts = new ArrayList<>();
		Set<String> badCodes = new HashSet<>();
		DuplicateKeys keys = new DuplicateKeys();
		for (Table.Row row : table.rows()) {
			RowCheck check = new RowCheck(row, errors);
			String code = check.text("code", true, CODE_LENGTH);
			String name = check.text("name", true, NAME_LENGTH);
			String type = check.text("type", true, Integer.MAX_VALUE);
			UnitKind kind = type == null ? null : UnitKind.parse(type).orElse(null);
			if (type != null && kind == null) {
				check.error("type", "import.error.unitType", type);
			}
			String parentCode = check.text("parent_code", false, CODE_LENGTH);
			if (code != null && !keys.firstTime(check, "code", code)) {
				continue;
			}
			if (check.ok()) {
				drafts.add(new UnitDraft(row.number(), code, name, kind, parentCode));
			}
			else if (code != null) {
				badCodes.add(code);
			}
		}
		for (UnitProblem problem : units.check(drafts)) {
			// A parent on a bad row is already reported there; "unknown parent" would only confuse.
			if (!(problem.messageKey().equals(UNKNOWN_PARENT) && badCodes.contains(problem.argument()))) {
				errors.add(Issue.of(problem.row(), problem.field(), problem.messageKey(), problem.argument()));
			}
		}
		errors.sort(Comparator.comparingInt(Issue::row));
		return new Checked(drafts.size(), errors, List.of(), user -> units.save(drafts));
	}
}
