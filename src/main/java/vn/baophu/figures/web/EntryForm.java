package vn.baophu.figures.web;

import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import org.jspecify.annotations.Nullable;

/**
 * The grid as posted: per row the unit, the four cells as typed and the four values the grid showed
 * when it was opened (for the merge), plus the confirmation of warnings and its comment.
 */
@Data
class EntryForm {

	private List<Line> lines = new ArrayList<>();

	private boolean confirmed;

	private @Nullable String comment;

	@Data
	static class Line {

		private long unitId;

		private String bhyt = "";

		private String bhxhCompulsory = "";

		private String bhxhVoluntary = "";

		private String bhtn = "";

		private String originalBhyt = "";

		private String originalBhxhCompulsory = "";

		private String originalBhxhVoluntary = "";

		private String originalBhtn = "";
	}
}
