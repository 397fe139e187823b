package vn.baophu.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.baophu.shared.Indicator;
import vn.baophu.unit.UnitRef;

/**
 * Everything a leader reads about a unit for a month.
 *
 * @param lineage the unit and its ancestors, root first
 * @param cards one per indicator, in the order of {@link Indicator}
 * @param ranking the units directly below, highest BHYT achievement first; empty for a leaf unit
 * @param warnings drops first (biggest first), then units below last year's level, then missing figures
 * @param settings the thresholds the colours and warnings were computed with
 */
public record Dashboard(UnitRef unit, List<UnitRef> lineage, YearMonth period, List<Card> cards, Trend trend,
		List<RankedUnit> ranking, List<Warning> warnings, DashboardSettings settings,
		vn.baophu.school.@org.jspecify.annotations.Nullable SchoolTable students) {

	/** Unmodifiable: one dashboard is shared by every request while its data is unchanged. */
	public Dashboard {
		lineage = List.copyOf(lineage);
		cards = List.copyOf(cards);
		ranking = List.copyOf(ranking);
		warnings = List.copyOf(warnings);
	}

	/** The indicators, in the order of the cards. */
	public List<Indicator> indicators() {
		return List.of(Indicator.values());
	}

	public Card card(Indicator indicator) {
		return cards.stream().filter(card -> card.indicator() == indicator).findFirst().orElseThrow();
	}

	/** Some indicator has no figures (or not from every unit below) this month. */
	public boolean incomplete() {
		return cards.stream().anyMatch(Card::missing);
	}

	/** Some unit below has a BHYT achievement this month, so the ranking has something to rank. */
	public boolean rankedByBhyt() {
		return ranking.stream().anyMatch(unit -> unit.rank() != null);
	}

	/** The warnings about drops and about units below last year's level. */
	public List<Warning> alerts() {
		return warnings.stream().filter(warning -> warning.kind() != Warning.Kind.MISSING).toList();
	}

	/** The warnings about units without (complete) figures for the month. */
	public List<Warning> missingFigures() {
		return warnings.stream().filter(warning -> warning.kind() == Warning.Kind.MISSING).toList();
	}

	/** How many leaves below reported the scheme ({@code BHYT}, {@code BHXH}, {@code BHTN}) this month. */
	public int reported(String scheme) {
		return card(Indicator.valueOf(scheme)).reported();
	}

	/** How many leaves the unit has (itself, for a leaf). */
	public int leaves() {
		return cards.isEmpty() ? 0 : cards.get(0).leaves();
	}

	/** Months left until the end of December. */
	public int monthsLeft() {
		return 12 - period.getMonthValue();
	}

	/** 31 December of the year: the date of the outlook. */
	public LocalDate yearEnd() {
		return period.withMonth(12).atEndOfMonth();
	}
}
