package vn.baophu.timeliness;

import lombok.RequiredArgsConstructor;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.baophu.deadline.WeekendRule;

/** The reporting deadlines units have set, with the unit's path, so the nearest one above a leaf can be found. */
@Component
@RequiredArgsConstructor
class ReportingRules {

	/** A unit's own rule. */
	record RuleRow(long unitId, String code, String name, String path, ReportingRule rule) {
	}

	private final JdbcClient jdbc;

	List<RuleRow> all() {
		return jdbc.sql("""
				select r.unit_id, r.due_day, r.month_offset, r.weekend_rule, u.code, u.name, u.path
				from reporting_deadline r join administrative_unit u on u.id = r.unit_id""")
			.query((rs, row) -> new RuleRow(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
					rs.getString("path"), new ReportingRule(rs.getInt("due_day"), rs.getInt("month_offset"),
							WeekendRule.valueOf(rs.getString("weekend_rule")))))
			.list();
	}

	/** The rule of the unit itself or its nearest ancestor that set one, else the default. */
	static EffectiveRule nearest(String path, List<RuleRow> rules, ReportingRule defaultRule) {
		return rules.stream()
			.filter(rule -> path.startsWith(rule.path()))
			.max(Comparator.comparingInt(rule -> rule.path().length()))
			.map(rule -> new EffectiveRule(rule.rule(), rule.code(), rule.name()))
			.orElseGet(() -> new EffectiveRule(defaultRule, null, null));
	}
}
