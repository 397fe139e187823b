package vn.baophu.home;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import vn.baophu.deadline.Deadline;
import vn.baophu.imports.ImportKind;
import vn.baophu.imports.ImportResult;
import vn.baophu.imports.ImportService;
import vn.baophu.task.DirectiveDate;
import vn.baophu.task.DirectiveDraft;
import vn.baophu.task.DirectiveKind;
import vn.baophu.task.DirectiveService;
import vn.baophu.task.TaskDraft;
import vn.baophu.task.TaskService;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.Role;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province of its own for the home page's tests (codes prefixed, so that two test classes never meet):
 * a district of three communes with denominators and targets for 2024; January 2024 reported by all three,
 * February by A and B, March by A only (imported by the province's staff, in its scope); a directive of the
 * district with a task due 10/03/2024 and one due 25/03/2024; and a provincial officer, a district official
 * and a leader, each with a user name of their own.
 */
final class HomeTree {

	static final String PASSWORD = "mat-khau-trang-chu";
	static final String OVERDUE_TASK = "Rà soát hộ gia đình chưa có thẻ BHYT";
	static final String DUE_SOON_TASK = "Tổng hợp kết quả phát triển người tham gia quý I";
	static final String FIGURES_FILE = "so-lieu-thang-3.csv";

	private static final SignedInUser ADMIN = new SignedInUser("admin", "x", "Quản trị", Role.ADMINISTRATOR, null, true);

	final String prefix;
	final String staff;
	final String official;
	final String leader;

	HomeTree(String prefix, ImportService imports, UnitService units, UserService users, DirectiveService directives,
			TaskService tasks) {
		this.prefix = prefix;
		load(imports, ImportKind.UNITS, """
				code,name,type,parent_code
				%1$sP,Tỉnh Trang Chủ %1$s,tỉnh,
				%1$sD,Huyện Trang Chủ %1$s,huyện,%1$sP
				%1$sA,Xã Hòa An,xã,%1$sD
				%1$sB,Xã Hòa Bình,xã,%1$sD
				%1$sC,Xã Hòa Cường,xã,%1$sD
				""".formatted(prefix), null, "admin");
		load(imports, ImportKind.DENOMINATORS, """
				unit_code,year,population,labour_force
				%1$sA,2024,1000,500
				%1$sB,2024,2000,1000
				%1$sC,2024,1500,800
				""".formatted(prefix), null, "admin");
		StringBuilder targets = new StringBuilder("unit_code,year,indicator,rate,decision\n");
		for (String commune : new String[] { "A", "B", "C" }) {
			targets.append("%1$s%2$s,2024,BHYT,95,QĐ 1\n%1$s%2$s,2024,BHXH,25,QĐ 1\n%1$s%2$s,2024,BHXH_TN,5,QĐ 1\n%1$s%2$s,2024,BHTN,20,QĐ 1\n"
				.formatted(prefix, commune));
		}
		load(imports, ImportKind.TARGETS, targets.toString(), null, "admin");
		UnitRef province = units.require(prefix + "P");
		UnitRef district = units.require(prefix + "D");
		staff = user(users, Role.PROVINCIAL_STAFF, "Cán bộ tỉnh", province);
		official = user(users, Role.DISTRICT_OFFICIAL, "Cán bộ huyện", district);
		leader = user(users, Role.LEADER, "Lãnh đạo tỉnh", province);
		load(imports, ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				%1$sA,2024-01,900,100,20,90
				%1$sB,2024-01,1800,200,40,180
				%1$sC,2024-01,1300,150,30,140
				%1$sA,2024-02,905,101,21,91
				%1$sB,2024-02,1810,201,41,181
				%1$sA,2024-03,910,102,22,92
				""".formatted(prefix), province.path(), staff);

		long directive = directives.create(district, new DirectiveDraft("01/KH-UBND", DirectiveDate.of(LocalDate.of(2024, 2, 1)),
				"UBND huyện", DirectiveKind.KE_HOACH, "Kế hoạch phát triển người tham gia năm 2024"), ADMIN);
		tasks.add(directive, new TaskDraft("Phòng Lao động", null, OVERDUE_TASK,
				new Deadline.OnDate(LocalDate.of(2024, 3, 10)), LocalDate.of(2024, 2, 1), null), ADMIN);
		tasks.add(directive, new TaskDraft("Bảo hiểm xã hội huyện", null, DUE_SOON_TASK,
				new Deadline.OnDate(LocalDate.of(2024, 3, 25)), LocalDate.of(2024, 2, 1), null), ADMIN);
	}

	String code(String suffix) {
		return prefix + suffix;
	}

	private static String user(UserService users, Role role, String name, UnitRef unit) {
		String username = vn.baophu.support.TestUsers.uniqueName();
		users.create(username, PASSWORD, name, role, unit.id());
		return username;
	}

	static void load(ImportService imports, ImportKind kind, String csv, String scopePath, String user) {
		ImportResult result = imports.importFile(kind, kind == ImportKind.FIGURES ? FIGURES_FILE : kind.name() + ".csv",
				csv.getBytes(StandardCharsets.UTF_8), user, scopePath, Locale.ENGLISH);
		assertThat(result.errors()).as(kind + " import").isEmpty();
	}
}
