package vn.baophu.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.baophu.unit.ReformOutline;
import vn.baophu.unit.ReformRow;
import vn.baophu.unit.UnitKind;
import vn.baophu.unit.UnitProblem;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

/**
 * reform: {@code old_code,new_code,new_name,new_type,new_parent_code,share}, applied on the day given
 * beside the file. The reform's rules (shares, codes, levels, units left behind) are the unit
 * module's; the preview lists the units formed with their predecessors.
 */
@Component
@RequiredArgsConstructor
class ReformCheck implements KindCheck {

	private final UnitService units;
	private final UserService users;

	@Override
	public Checked check(Table table, ImportContext context) {
		LocalDate effective = context.effective();
		if (effective == null) {
			return Checked.failed(List.of(Issue.of(0, "effective", "import.error.effectiveRequired")));
		}
		if (context.scopePath() != null) {
			return Checked.failed(List.of(Issue.of(0, "", "import.error.reformWholeTree")));
		}
		List<Issue> errors = new ArrayList<>();
		List<ReformRow> rows = RowReader.readAll(table, errors, (check, row) -> {
			String oldCode = check.text("old_code", true, UnitsCheck.CODE_LENGTH);
			String newCode = check.text("new_code", true, UnitsCheck.CODE_LENGTH);
			String newName = check.text("new_name", true, UnitsCheck.NAME_LENGTH);
			String type = check.text("new_type", true, Integer.MAX_VALUE);
			UnitKind kind = type == null ? null : UnitKind.parse(type).orElse(null);
			if (type != null && kind == null) {
				check.error("new_type", "import.error.unitType", type);
			}
			String parentCode = check.text("new_parent_code", false, UnitsCheck.CODE_LENGTH);
			BigDecimal share = row.cell("share").isEmpty() ? ReformRow.WHOLE : check.rate("share");
			return () -> new ReformRow(row.number(), oldCode, newCode, newName, kind, parentCode, share);
		});
		if (!errors.isEmpty()) {
			return Checked.failed(errors);
		}
		ReformOutline outline = units.checkReform(rows, effective, context.checksum());
		for (UnitProblem problem : outline.problems()) {
			errors.add(Issue.of(problem.row(), problem.field(), problem.messageKey(), problem.argument()));
		}
		errors.sort(Comparator.comparingInt(Issue::row));
		List<Issue> notes = new ArrayList<>();
		notes.add(Issue.of(0, "", "import.reform.summary", outline.formed().size(), outline.closing(), effective));
		outline.formed().forEach(unit -> notes.add(Issue.of(unit.row(), "new_code", "import.reform.formed",
				unit.name(), unit.code(), unit.from())));
		java.util.Map<Long, UnitRef> closing = new java.util.HashMap<>();
		outline.closingUnits().forEach(unit -> closing.put(unit.id(), unit));
		for (UserRow user : users.tiedTo(closing.keySet())) {
			UnitRef unit = closing.get(user.unitId());
			notes.add(Issue.of(0, "", "import.reform.userOfClosingUnit", user.username(), unit.name(), unit.code()));
		}
		return new Checked(rows.size(), errors, notes,
				user -> units.applyReform(rows, effective, context.checksum(), context.fileName(), user) > 0 ? rows.size() : 0);
	}
}
