package vn.baophu.report.export;

import java.util.ArrayList;
import java.util.List;

import vn.baophu.report.GapRow;
import vn.baophu.report.GapTable;
import vn.baophu.report.export.ReportSources.Sources;

/**
 * The footnote naming where a report's numbers come from: the decisions that set the targets, the
 * sources of the population and labour force ("no source given" where none is recorded), and how
 * many units reported the month's participants.
 */
final class SourceNotes {

	private SourceNotes() {
	}

	static List<String> of(ExportFormats formats, Sources sources, GapTable table) {
		String year = String.valueOf(table.period().getYear());
		List<String> notes = new ArrayList<>();
		notes.add(formats.message("export.note.sources"));
		notes.add(origins(formats, year, sources.targets(), "export.note.noTargets", sources.decisions(),
				sources.targetsWithoutDecision(), "export.note.withoutDecision", "export.note.targets"));
		notes.add(origins(formats, year, sources.denominators(), "export.note.noDenominators",
				sources.denominatorSources(), sources.denominatorsWithoutSource(), "export.note.withoutSource",
				"export.note.denominators"));
		GapRow total = table.total();
		notes.add(formats.message("export.note.participants", formats.monthEnd(table.period()),
				String.valueOf(total.bhytReported()), String.valueOf(total.bhxhReported()),
				String.valueOf(total.bhtnReported()), String.valueOf(total.leaves())));
		return notes;
	}

	/**
	 * The note on the year's targets or denominators: none recorded ({@code noneKey}), or the sources
	 * they name, then how many name none ({@code withoutKey}), joined into {@code key}.
	 */
	private static String origins(ExportFormats formats, String year, long count, String noneKey, List<String> named,
			long unnamed, String withoutKey, String key) {
		if (count == 0) {
			return formats.message(noneKey, year);
		}
		List<String> origins = new ArrayList<>(named);
		if (unnamed > 0) {
			origins.add(formats.message(withoutKey, String.valueOf(unnamed)));
		}
		return formats.message(key, year, String.join("; ", origins));
	}
}
