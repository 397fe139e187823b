package vn.baophu.figures;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jump rule shared by the grid and imports. */
class EntrySettingsTest {

	private final EntrySettings tenPercent = new EntrySettings(new BigDecimal("0.10"));

	@Test
	void moreThanTheThresholdEitherWayIsAJump() {
		assertThat(tenPercent.jumps(1000L, 1101L)).isTrue();
		assertThat(tenPercent.jumps(1000L, 899L)).isTrue();
	}

	@Test
	void exactlyTheThresholdIsNotAJump() {
		assertThat(tenPercent.jumps(1000L, 1100L)).isFalse();
		assertThat(tenPercent.jumps(1000L, 900L)).isFalse();
	}

	@Test
	void withoutAPreviousFigureOrFromZeroThereIsNothingToCompare() {
		assertThat(tenPercent.jumps(null, 500L)).isFalse();
		assertThat(tenPercent.jumps(0L, 500L)).isFalse();
		assertThat(tenPercent.jumps(500L, null)).isFalse();
	}
}
