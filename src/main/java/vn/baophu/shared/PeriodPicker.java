package vn.baophu.shared;

import java.time.YearMonth;

import org.springframework.ui.Model;

/**
 * What the month picker of a unit's monthly page ({@code fragments/period-picker :: picker}) links to:
 * the months before and after the one shown.
 */
public final class PeriodPicker {

	private PeriodPicker() {
	}

	public static void around(YearMonth shown, Model model) {
		model.addAttribute("previousPeriod", shown.minusMonths(1));
		model.addAttribute("nextPeriod", shown.plusMonths(1));
	}
}
