package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.NewUser;
import vn.baophu.user.NewUserForm;
import vn.baophu.user.Role;
import vn.baophu.user.RoleNames;
import vn.baophu.user.UserService;

/**
 * users: {@code username,full_name,role,unit_code,password}, new accounts only. Each row is the
 * page's new-user form, checked by the same constraints (user name, name, role, a unit for every role
 * but an administrator, password rules); a name already taken, in the database or higher up in the
 * file, is an error, never an overwrite. Units outside the importer's subtree are refused by
 * {@link ImportGuards}; an administrator tied to a unit may not create one of the whole tree. The
 * password is never repeated in a message (the messages go into the import history).
 */
@Component
@RequiredArgsConstructor
class UsersCheck implements KindCheck {

	/** Constraint fields of {@link NewUserForm} → the file's columns. */
	private static final Map<String, String> COLUMNS = Map.of("username", "username", "displayName", "full_name",
			"role", "role", "unitCode", "unit_code", "password", "password", "repeatPassword", "password");

	private final UserService users;
	private final UnitService units;
	private final RoleNames roles;
	private final Validator validator;

	@Override
	public Checked check(Table table, ImportContext context) {
		String scopePath = context.scopePath();
		Map<String, UnitRef> known = units.findByCodes(table.values("unit_code"));
		Set<String> taken = users.existing(table.values("username"));
		List<Issue> errors = new ArrayList<>();
		DuplicateKeys keys = new DuplicateKeys();
		List<NewUser> newUsers = RowReader.readAll(table, errors, (check, row) -> {
			NewUserForm form = form(row);
			Set<String> badColumns = new HashSet<>();
			String roleText = row.cell("role");
			if (!roleText.isEmpty() && form.getRole() == null) {
				check.error("role", "user.form.role.unknown", roleText);
				badColumns.add("role");
			}
			validator.validate(form).stream()
				.sorted(Comparator.comparingInt(violation -> ImportKind.USERS.columns().indexOf(column(violation))))
				.filter(violation -> badColumns.add(column(violation)))
				.forEach(violation -> check.error(column(violation), key(violation.getMessageTemplate())));
			String username = form.getUsername();
			if (!badColumns.contains("username")) {
				if (taken.contains(username)) {
					check.error("username", "user.form.username.taken", username);
				}
				else {
					keys.firstTime(check, "username", username);
				}
			}
			Long unitId = badColumns.contains("unit_code") ? null : unitId(check, form, known, scopePath);
			return () -> new NewUser(username, form.getPassword(), form.getDisplayName().strip(), form.getRole(),
					unitId);
		});
		return new Checked(newUsers.size(), errors, List.of(), user -> users.createAll(newUsers));
	}

	private NewUserForm form(Table.Row row) {
		NewUserForm form = new NewUserForm();
		form.setUsername(row.cell("username"));
		form.setDisplayName(row.cell("full_name"));
		form.setRole(row.cell("role").isEmpty() ? null : roles.parse(row.cell("role")).orElse(null));
		form.setUnitCode(row.cell("unit_code"));
		form.setPassword(row.cell("password"));
		form.setRepeatPassword(form.getPassword());
		return form;
	}

	/** The unit's id; null for none (a whole-tree administrator) or after an error on {@code unit_code}. */
	private static @Nullable Long unitId(RowCheck check, NewUserForm form, Map<String, UnitRef> known,
			@Nullable String scopePath) {
		String code = form.getUnitCode();
		if (code.isEmpty()) {
			if (scopePath != null) {
				check.error("unit_code", "user.form.unitCode.scopeRequired");
			}
			return null;
		}
		UnitRef unit = known.get(code);
		if (unit == null) {
			check.error("unit_code", "user.form.unitCode.unknown", code);
			return null;
		}
		return unit.id();
	}

	private static String column(ConstraintViolation<NewUserForm> violation) {
		return COLUMNS.getOrDefault(violation.getPropertyPath().toString(), "");
	}

	/** "{user.form.password.tooShort}" → the message key. */
	private static String key(String messageTemplate) {
		return messageTemplate.replaceAll("^\\{|}$", "");
	}
}
