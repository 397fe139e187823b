package vn.baophu.school;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, "2022-2023": two consecutive years. */
public record SchoolYear(int first) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{4})");

	public static Optional<SchoolYear> parse(String text) {
		Matcher matcher = FORMAT.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(2));
		return second == first + 1 && first >= 2000 && first < 2100 ? Optional.of(new SchoolYear(first))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return first + "-" + (first + 1);
	}
}
