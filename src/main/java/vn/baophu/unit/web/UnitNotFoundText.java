package vn.baophu.unit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitNotFoundException;
import vn.baophu.unit.UnitRef;

/**
 * Says why a code has no unit: unknown, or "844 named no unit in 07/2025; it named Huyện Càng Long
 * until 30/06/2025 (merged by the reform of 01/07/2025)".
 */
@Component
@RequiredArgsConstructor
class UnitNotFoundText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final MessageSource messages;

	String of(UnitNotFoundException ex, Locale locale) {
		if (ex.period() == null || ex.others().isEmpty()) {
			return messages.getMessage("unit.notFound.code", new Object[] { ex.code() }, locale);
		}
		String named = ex.others().stream().map(unit -> lifeSpan(unit, locale)).collect(Collectors.joining("; "));
		return messages.getMessage("unit.notFound.inMonth", new Object[] { ex.code(), ex.period().format(MONTH), named },
				locale);
	}

	private String lifeSpan(UnitRef unit, Locale locale) {
		String name = unit.name();
		@Nullable LocalDate opened = unit.openedFrom();
		@Nullable LocalDate closed = unit.closedFrom();
		if (opened != null && closed != null) {
			return messages.getMessage("unit.lifeSpan.between", new Object[] { name, opened.format(DAY),
					closed.minusDays(1).format(DAY) }, locale);
		}
		if (closed != null) {
			return messages.getMessage("unit.lifeSpan.until", new Object[] { name, closed.minusDays(1).format(DAY),
					closed.format(DAY) }, locale);
		}
		if (opened != null) {
			return messages.getMessage("unit.lifeSpan.from", new Object[] { name, opened.format(DAY) }, locale);
		}
		return name;
	}
}
