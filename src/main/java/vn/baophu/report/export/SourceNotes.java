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
		if (sources.targets() == 0) {
			notes.add(formats.message("export.note.noTargets", year));
		}
		else {
			List<String> decisions = new ArrayList<>(sources.decisions());
			if (sources.targetsWithoutDecision() > 0) {
				decisions.add(formats.message("export.note.withoutDecision",
						String.valueOf(sources.targetsWithoutDecision())));
			}
			notes.add(formats.message("export.note.targets", year, String.join("; ", decisions)));
		}
		if (sources.denominators() == 0) {
			notes.add(formats.message("export.note.noDenominators", year));
		}
		else {
			List<String> origins = new ArrayList<>(sources.denominatorSources());
			if (sources.denominatorsWithoutSource() > 0) {
				origins.add(formats.message("export.note.withoutSource",
						String.valueOf(sources.denominatorsWithoutSource())));
			}
			notes.add(formats.message("export.note.denominators", year, String.join("; ", origins)));
		}
		GapRow total = table.total();
		notes.add(formats.message("export.note.participants", formats.monthEnd(table.period()),
				String.valueOf(total.bhytReported()), String.valueOf(total.bhxhReported()),
				String.valueOf(total.bhtnReported()), String.valueOf(total.leaves())));
		return notes;
	}
}
