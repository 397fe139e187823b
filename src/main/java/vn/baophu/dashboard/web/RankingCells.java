package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.dashboard.RankedUnit;
import vn.baophu.shared.HtmlCells;
import vn.baophu.shared.Indicator;
import vn.baophu.shared.VietnameseNumbers;

/**
 * The number cells of a row of the dashboard's ranking ({@code ${@rankingCells.of(row, d.indicators())}}):
 * per indicator the achievement, coloured by pace, and the change since last month, marked when among
 * the biggest drops. Written in Java as {@link HtmlCells} says why.
 */
@Component("rankingCells")
@RequiredArgsConstructor
public class RankingCells {

	private final MessageSource messages;

	public String of(RankedUnit row, List<Indicator> indicators) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder html = new StringBuilder(indicators.size() * 160);
		for (Indicator indicator : indicators) {
			RankedUnit.Entry entry = row.get(indicator);
			IndicatorResult result = entry.result();
			HtmlCells.td(html, "num achievement pace-" + entry.pace().standing().name().toLowerCase(Locale.ROOT),
					VietnameseNumbers.percent(result.achievement(), locale), "data-indicator", indicator.name(),
					"data-sort-value", HtmlCells.value(result.achievement()));
			HtmlCells.td(html, entry.biggestDrop() ? "num change biggest-drop" : "num change",
					VietnameseNumbers.points(result.changePoints(), locale), "data-indicator", indicator.name(),
					"data-sort-value", HtmlCells.value(result.changePoints()), "title",
					entry.biggestDrop() ? messages.getMessage("dashboard.ranking.biggestDrop", null, locale) : null);
		}
		return html.toString();
	}
}
