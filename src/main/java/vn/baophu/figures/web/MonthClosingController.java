package vn.baophu.figures.web;

import lombok.RequiredArgsConstructor;

import java.time.YearMonth;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.baophu.figures.MonthStatusService;
import vn.baophu.shared.Flash;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;

/** Provincial staff close a month for their subtree; reopening needs a written reason. */
@Controller
@RequiredArgsConstructor
class MonthClosingController {

	private final UnitService units;
	private final MonthStatusService months;
	private final Flash flash;

	@PostMapping("/units/{code}/months/{period}/close")
	String close(@PathVariable String code, @PathVariable YearMonth period, @AuthenticationPrincipal SignedInUser user,
			@RequestHeader(name = "Referer", required = false) String referer, Locale locale,
			RedirectAttributes redirect) {
		UnitRef unit = units.requireManageable(code, period, user);
		months.close(unit, period, user.getUsername());
		flash.success(redirect, locale, "month.closedFlash", unit.name(), period.toString());
		return back(code, period, referer);
	}

	@PostMapping("/units/{code}/months/{period}/reopen")
	String reopen(@PathVariable String code, @PathVariable YearMonth period, @RequestParam String reason,
			@AuthenticationPrincipal SignedInUser user,
			@RequestHeader(name = "Referer", required = false) String referer, Locale locale,
			RedirectAttributes redirect) {
		UnitRef unit = units.requireManageable(code, period, user);
		if (reason.isBlank()) {
			flash.error(redirect, locale, "month.reasonRequired");
			return back(code, period, referer);
		}
		months.reopen(unit, period, reason, user.getUsername());
		flash.success(redirect, locale, "month.reopenedFlash", unit.name(), period.toString());
		return back(code, period, referer);
	}

	/** Back to the page the button was on when it is one of ours (a page of the unit, or the home page), else to the grid. */
	private static String back(String code, YearMonth period, String referer) {
		String path = referer == null ? "" : referer.replaceFirst("^https?://[^/]+", "");
		if (path.startsWith("/units/" + code + "/") || path.equals("/")) {
			return "redirect:" + path;
		}
		return "redirect:/units/" + code + "/entry?period=" + period;
	}
}
