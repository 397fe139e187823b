package vn.baophu.unit;

import java.util.List;

/**
 * What a reform file would do, or why it cannot: the problems (none: it can be applied), the units
 * it forms with the codes of the units each is formed from, how many units it names to close, and
 * every unit that closes (those named with their subtrees).
 */
public record ReformOutline(List<UnitProblem> problems, List<FormedUnit> formed, int closing,
		List<UnitRef> closingUnits) {

	/** A unit the reform forms: {@code from} lists the old codes, with the share where it is not whole. */
	public record FormedUnit(int row, String code, String name, String from) {
	}
}
