package vn.baophu.figures.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.baophu.figures.EntryRow;
import vn.baophu.figures.RowSubmission;
import vn.baophu.figures.Scheme;
import vn.baophu.figures.Values;

/** One grid row as the page shows it: the text in each cell and, hidden, what the grid was opened with. */
public record GridLine(EntryRow row, Map<Scheme, String> shown, Map<Scheme, String> original) {

	static final List<Scheme> SCHEMES = List.of(Scheme.values());

	/** As opened: cells show what is saved. */
	static GridLine fresh(EntryRow row) {
		return new GridLine(row, texts(row.current()), texts(row.current()));
	}

	/** As posted, with its messages; the hidden originals stay as they were. */
	static GridLine posted(EntryRow row, EntryForm.Line line) {
		Map<Scheme, String> shown = new EnumMap<>(Scheme.class);
		shown.put(Scheme.BHYT, line.getBhyt());
		shown.put(Scheme.BHXH_COMPULSORY, line.getBhxhCompulsory());
		shown.put(Scheme.BHXH_VOLUNTARY, line.getBhxhVoluntary());
		shown.put(Scheme.BHTN, line.getBhtn());
		Map<Scheme, String> original = new EnumMap<>(Scheme.class);
		original.put(Scheme.BHYT, line.getOriginalBhyt());
		original.put(Scheme.BHXH_COMPULSORY, line.getOriginalBhxhCompulsory());
		original.put(Scheme.BHXH_VOLUNTARY, line.getOriginalBhxhVoluntary());
		original.put(Scheme.BHTN, line.getOriginalBhtn());
		return new GridLine(row, shown, original);
	}

	/**
	 * After a conflict: the grid now starts from what is saved; a cell the user had not changed shows
	 * the saved value, a cell they changed keeps their value, and conflicting cells are marked.
	 */
	static GridLine afterConflict(EntryRow current, RowSubmission submission, EntryForm.Line line) {
		GridLine posted = posted(current, line);
		Map<Scheme, String> shown = new EnumMap<>(posted.shown());
		for (Scheme scheme : Scheme.values()) {
			if (submission.submitted().sameAs(submission.original(), scheme)) {
				shown.put(scheme, text(current.current().get(scheme)));
			}
		}
		return new GridLine(current, shown, texts(current.current()));
	}

	public String cellId(Scheme scheme) {
		return EntryCells.id(row.code(), scheme);
	}

	/** The form property of a cell: bhyt, bhxhCompulsory, bhxhVoluntary, bhtn (see EntryForm.Line). */
	public String field(Scheme scheme) {
		return switch (scheme) {
			case BHYT -> "bhyt";
			case BHXH_COMPULSORY -> "bhxhCompulsory";
			case BHXH_VOLUNTARY -> "bhxhVoluntary";
			case BHTN -> "bhtn";
		};
	}

	public String originalField(Scheme scheme) {
		String field = field(scheme);
		return "original" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static Map<Scheme, String> texts(Values values) {
		Map<Scheme, String> texts = new EnumMap<>(Scheme.class);
		for (Scheme scheme : Scheme.values()) {
			texts.put(scheme, text(values.get(scheme)));
		}
		return texts;
	}

	private static String text(@Nullable Long value) {
		return value == null ? "" : value.toString();
	}
}
