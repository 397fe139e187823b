package vn.baophu.home;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.baophu.figures.MonthToClose;
import vn.baophu.figures.ReportingStatus;
import vn.baophu.imports.ImportRecord;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.LockedAccount;
import vn.baophu.user.SignInFailure;

/**
 * The home page of provincial staff and administrators: this month's reporting, with the entry grids it
 * is entered in ({@code gridUnits}: the user's unit, or the roots that exist this month), the months still
 * to close, the tasks, the last imports, the month of the monthly pack ({@code packPeriod}: the latest
 * complete month, else the newest with figures; null without figures or without a unit) and, for
 * administrators, the sign-in watch ({@code signIns}).
 */
public record StaffHome(HomeScope scope, List<UnitRef> gridUnits, ReportingStatus reporting,
		List<MonthToClose> monthsToClose, TaskSummary tasks, List<ImportRecord> imports, @Nullable YearMonth packPeriod,
		@Nullable SignInWatch signIns) {

	/** Accounts locked in the last day and the latest failed sign-ins. */
	public record SignInWatch(List<LockedAccount> locked, List<SignInFailure> failures) {
	}
}
