package vn.baophu.dashboard.web;

import lombok.RequiredArgsConstructor;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.baophu.coverage.IndicatorResult;
import vn.baophu.coverage.PaceCheck;
import vn.baophu.dashboard.Card;
import vn.baophu.dashboard.Dashboard;
import vn.baophu.shared.HtmlCells;
import vn.baophu.shared.VietnameseNumbers;

/**
 * The dashboard's four headline cards ({@code ${@dashboardCards.html(d)}}), written in Java: as
 * template they were a hundred-odd expressions, each a reflective SpEL call, and SpEL's reflection and
 * type conversion took a fifth of the page's CPU (see {@link HtmlCells}). The markup is the one the
 * template wrote.
 */
@Component("dashboardCards")
@RequiredArgsConstructor
public class DashboardCards {

	private final MessageSource messages;

	public String html(Dashboard dashboard) {
		Locale locale = LocaleContextHolder.getLocale();
		String lastYear = dashboard.trend().lastYearLabel();
		StringBuilder html = new StringBuilder(dashboard.cards().size() * 2400);
		for (Card card : dashboard.cards()) {
			card(html, card, lastYear, locale);
		}
		return html.toString();
	}

	private void card(StringBuilder html, Card card, String lastYear, Locale locale) {
		IndicatorResult r = card.result();
		PaceCheck pace = card.pace();
		String standing = pace.standing().name();
		String paceClass = "pace-" + standing.toLowerCase(Locale.ROOT);
		html.append("""

				        <div class="col-12 col-md-6 col-xxl-3">
				            <div class="card h-100 dash-card\s""").append(paceClass).append("\" id=\"card-")
			.append(card.indicator().name()).append("\"\n                 data-pace=\"").append(standing).append("""
				">
				                <div class="card-body">
				                    <h3 class="card-indicator">""").append(text("dashboard.indicator." + card.indicator().name(), locale))
			.append("""
				</h3>
				                    <div class="d-flex align-items-center justify-content-between gap-2">
				                        <span class="card-coverage" title=\"""")
			.append(attribute("dashboard.card.coverage", locale)).append("\">")
			.append(VietnameseNumbers.percent(r.coverage(), locale)).append("""
				</span>
				                        <span class="pace-badge\s""").append(paceClass).append("\">")
			.append(text("dashboard.pace." + standing, locale)).append("""
				</span>
				                    </div>
				                    <div class="text-muted small">
				                        <span class="card-target">""")
			.append(text("dashboard.card.target", locale, r.target() == null ? VietnameseNumbers.MISSING
					: VietnameseNumbers.percent(r.target().percent(), locale)))
			.append("</span>");
		if (r.target() != null && r.target().derived()) {
			html.append("<sup title=\"").append(attribute("dashboard.card.derivedTarget", locale)).append("\">*</sup>");
		}
		if (!card.missing()) {
			html.append("""

					                        <span>·</span>
					                        <span class="card-participants">""")
				.append(text("dashboard.card.participants", locale, VietnameseNumbers.people(r.participants(), locale)))
				.append("</span>");
		}
		html.append("""

				                    </div>
				                    """);
		if (card.missing()) {
			html.append("<div class=\"missing small card-missing\">")
				.append(text("dashboard.card.notReported", locale, card.reported(), card.leaves()))
				.append("</div>");
		}
		html.append("""

				                    <div class="achievement-bar my-2" role="presentation">
				                        <div class="fill" data-width=\"""").append(VietnameseNumbers.barWidth(r.achievement()))
			.append("\"></div>");
		if (pace.expectedAchievement() != null) {
			html.append("\n                        <div class=\"expected\" data-left=\"")
				.append(VietnameseNumbers.barWidth(pace.expectedAchievement()))
				.append("\"\n                             title=\"").append(attribute("dashboard.card.expected", locale))
				.append("\"></div>");
		}
		html.append("\n                    </div>\n                    <dl class=\"card-facts mb-0\">");
		fact(html, text("dashboard.card.achievement", locale), "card-achievement",
				VietnameseNumbers.percent(r.achievement(), locale));
		fact(html, text("dashboard.card.remaining", locale), "card-remaining", r.remaining() == null
				? VietnameseNumbers.people(null, locale)
				: text("dashboard.card.remainingPeople", locale, VietnameseNumbers.people(r.remaining(), locale)));
		fact(html, text("dashboard.card.changeMonth", locale), "card-change",
				VietnameseNumbers.points(r.changePoints(), locale));
		String december = "<span>" + VietnameseNumbers.points(r.changePointsSinceDecember(), locale) + "</span>";
		if (r.changePeopleSinceDecember() != null) {
			december += "<span>" + HtmlCells.text(" " + messages.getMessage("dashboard.card.peopleSinceDecember",
					new Object[] { VietnameseNumbers.signedPeople(r.changePeopleSinceDecember(), locale) }, locale))
					+ "</span>";
		}
		fact(html, text("dashboard.card.changeDecember", locale, lastYear), "card-change-december", december);
		fact(html, text("dashboard.card.expected", locale), "card-expected",
				VietnameseNumbers.percent(pace.expectedCoverage(), locale));
		html.append("\n                    </dl>\n                </div>\n            </div>\n        </div>");
	}

	/** A line of the card's facts: {@code <dt>label</dt><dd class="…">value</dd>}, both already HTML. */
	private static void fact(StringBuilder html, String label, String css, String value) {
		html.append("\n                        <dt>").append(label).append("</dt>\n                        <dd class=\"")
			.append(css).append("\">").append(value).append("</dd>");
	}

	/** A message as {@code th:text} writes it. */
	private String text(String code, Locale locale, @Nullable Object... args) {
		return HtmlCells.text(messages.getMessage(code, args.length == 0 ? null : args, locale));
	}

	/** A message as an attribute's value. */
	private String attribute(String code, Locale locale) {
		return HtmlCells.attribute(messages.getMessage(code, null, locale));
	}
}
