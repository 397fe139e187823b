package vn.baophu.figures.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.baophu.figures.EntryRow;
import vn.baophu.figures.RowSubmission;
import vn.baophu.figures.Scheme;
import vn.baophu.figures.Values;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Turns the posted grid into submissions, or into one Vietnamese message per bad cell naming the
 * row and the column ("Dòng 3 (Xã An Trường A), cột BHYT: …").
 */
@Component
@RequiredArgsConstructor
class EntryFormReader {

	private final MessageSource messages;

	record Result(List<RowSubmission> submissions, Map<String, String> errors) {
	}

	Result read(EntryForm form, List<EntryRow> rows, Locale locale) {
		Map<Long, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			positions.put(rows.get(i).unitId(), i);
		}
		List<RowSubmission> submissions = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (EntryForm.Line line : form.getLines()) {
			Integer position = positions.get(line.getUnitId());
			if (position == null) {
				continue;
			}
			EntryRow row = rows.get(position);
			String[] typed = { line.getBhyt(), line.getBhxhCompulsory(), line.getBhxhVoluntary(), line.getBhtn() };
			String[] shown = { line.getOriginalBhyt(), line.getOriginalBhxhCompulsory(),
					line.getOriginalBhxhVoluntary(), line.getOriginalBhtn() };
			Values submitted = Values.NONE;
			Values original = Values.NONE;
			for (Scheme scheme : Scheme.values()) {
				String text = typed[scheme.ordinal()];
				try {
					submitted = submitted.with(scheme, parse(text));
				}
				catch (NumberFormatException ex) {
					String key = text.trim().startsWith("-") ? "entry.error.negative" : "entry.error.notACount";
					String column = messages.getMessage("entry.column." + scheme.name(), null, locale);
					errors.put(EntryCells.id(row.code(), scheme), messages.getMessage("entry.error.cell",
							new Object[] { position + 1, row.name(), column,
									messages.getMessage(key, new Object[] { text.trim() }, locale) }, locale));
				}
				original = original.with(scheme, parseQuietly(shown[scheme.ordinal()]));
			}
			submissions.add(new RowSubmission(row.unitId(), original, submitted));
		}
		return new Result(submissions, errors);
	}

	private static @Nullable Long parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		long value = VietnameseNumbers.parseCount(text);
		if (value < 0) {
			throw new NumberFormatException("negative");
		}
		return value;
	}

	private static @Nullable Long parseQuietly(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
