package vn.baophu.dashboard;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard ({@code baophu.dashboard.*}).
 *
 * @param dropThresholdPoints an early warning is raised when a unit's coverage fell by MORE than this
 * many percentage points since last month
 * @param slightlyBehindBand a unit up to this many achievement points behind the expected pace is
 * "slightly behind", beyond it "far behind" (see {@link vn.baophu.coverage.PaceCheck})
 * @param biggestDrops how many of the units below with the biggest drops since last month are
 * highlighted in the ranking, per indicator
 */
@ConfigurationProperties("baophu.dashboard")
public record DashboardSettings(@DefaultValue("1.00") BigDecimal dropThresholdPoints,
		@DefaultValue("2.00") BigDecimal slightlyBehindBand, @DefaultValue("3") int biggestDrops) {

	public DashboardSettings {
		if (dropThresholdPoints.signum() < 0 || slightlyBehindBand.signum() < 0 || biggestDrops < 0) {
			throw new IllegalArgumentException("baophu.dashboard settings must not be negative");
		}
	}
}
