package vn.baophu.timeliness;

import org.jspecify.annotations.Nullable;

/**
 * The reporting rule that applies to a unit: set on the unit itself or the nearest ancestor
 * ({@code setAtCode}, {@code setAtName}), or the default of the settings (both null).
 */
public record EffectiveRule(ReportingRule rule, @Nullable String setAtCode, @Nullable String setAtName) {

	public boolean isDefault() {
		return setAtCode == null;
	}
}
