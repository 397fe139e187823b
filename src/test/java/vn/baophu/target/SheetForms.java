package vn.baophu.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.baophu.shared.Indicator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The grids' forms as a browser posts them: every row with the version and values it was opened
 * with, and the cells as typed (by unit code; a row not given keeps what it showed).
 */
final class SheetForms {

	private SheetForms() {
	}

	/** Cells of a denominators row as typed. */
	record Typed(String population, String labourForce, String source) {
	}

	static MockHttpServletRequestBuilder denominators(String code, int year, List<DenominatorRow> opened,
			Map<String, Typed> typed) {
		return denominators(code, year, opened, typed, true).param("complete", "true");
	}

	/** Without the form's last field, as when the server cut the request short. */
	static MockHttpServletRequestBuilder denominators(String code, int year, List<DenominatorRow> opened,
			Map<String, Typed> typed, boolean save) {
		MockHttpServletRequestBuilder request = post("/units/{code}/denominators", code).with(csrf())
			.param("year", String.valueOf(year));
		if (save) {
			request.param("save", "true");
		}
		for (int i = 0; i < opened.size(); i++) {
			DenominatorRow row = opened.get(i);
			DenominatorValues values = row.values();
			Typed cells = typed.getOrDefault(row.unit().code(),
					new Typed(text(values.population()), text(values.labourForce()), text(values.source())));
			String prefix = "rows[" + i + "].";
			request.param(prefix + "unitId", String.valueOf(row.unit().id()))
				.param(prefix + "version", String.valueOf(row.version()))
				.param(prefix + "originalPopulation", text(values.population()))
				.param(prefix + "originalLabourForce", text(values.labourForce()))
				.param(prefix + "originalSource", text(values.source()))
				.param(prefix + "population", cells.population())
				.param(prefix + "labourForce", cells.labourForce())
				.param(prefix + "source", cells.source());
		}
		return request;
	}

	/** Rates as typed per unit code: BHYT, BHXH, BHXH_TN, BHTN, then the decision. */
	static MockHttpServletRequestBuilder targets(String code, int year, List<TargetRow> opened,
			Map<String, List<String>> typed) {
		MockHttpServletRequestBuilder request = post("/units/{code}/targets", code).with(csrf())
			.param("year", String.valueOf(year))
			.param("complete", "true");
		List<String> fields = List.of("Bhyt", "Bhxh", "BhxhTn", "Bhtn");
		for (int i = 0; i < opened.size(); i++) {
			TargetRow row = opened.get(i);
			RowTargets targets = row.targets();
			String prefix = "rows[" + i + "].";
			request.param(prefix + "unitId", String.valueOf(row.unit().id()));
			List<String> cells = typed.get(row.unit().code());
			for (Indicator indicator : Indicator.values()) {
				String field = fields.get(indicator.ordinal());
				BigDecimal rate = targets.rate(indicator);
				request.param(prefix + "version" + field, String.valueOf(row.versions().get(indicator)))
					.param(prefix + "original" + field, rate == null ? "" : rate.toPlainString())
					.param(prefix + Character.toLowerCase(field.charAt(0)) + field.substring(1),
							cells == null ? (rate == null ? "" : rate.toPlainString()) : cells.get(indicator.ordinal()));
			}
			request.param(prefix + "originalDecision", text(targets.decision()))
				.param(prefix + "decision", cells == null ? text(targets.decision()) : cells.get(4));
		}
		return request;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
