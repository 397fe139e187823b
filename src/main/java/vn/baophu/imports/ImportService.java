package vn.baophu.imports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Imports units, denominators, targets and figures from CSV or .xlsx. Every row is checked before
 * anything is saved; a file with any error saves nothing, a file without saves every row in one
 * transaction, and a row whose key is already saved replaces it.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);
	private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");

	private final Map<ImportKind, KindCheck> checks = new EnumMap<>(ImportKind.class);
	private final MessageSource messages;

	ImportService(List<KindCheck> checks, MessageSource messages) {
		checks.forEach(check -> this.checks.put(check.kind(), check));
		this.messages = messages;
	}

	/** Parses and checks; saves nothing. {@code imported} = the rows that would be saved (0 with errors). */
	public ImportResult preview(ImportKind kind, String fileName, byte[] content, Locale locale) {
		Checked checked = check(kind, fileName, content);
		return result(kind, checked, checked.errors().isEmpty() ? checked.rows() : 0, locale);
	}

	/**
	 * Parses and checks; without errors saves every row in one transaction and returns the rows saved;
	 * with errors saves nothing ({@code imported} = 0).
	 */
	@Transactional
	public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String user, Locale locale) {
		Checked checked = check(kind, fileName, content);
		if (!checked.errors().isEmpty()) {
			log.info("Import of {} from '{}' by {} refused: {} errors", kind, fileName, user, checked.errors().size());
			return result(kind, checked, 0, locale);
		}
		int saved = checked.saver().applyAsInt(user);
		log.info("Imported {} {} rows from '{}' by {}", saved, kind, fileName, user);
		return result(kind, checked, saved, locale);
	}

	private Checked check(ImportKind kind, String fileName, byte[] content) {
		Table table;
		try {
			table = TabularFile.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			return Checked.failed(List.of(ex.issue()));
		}
		List<Issue> missing = table.missing(kind.requiredColumns()).stream()
			.map(column -> Issue.of(table.headerRow(), column, "import.error.missingColumn", column))
			.toList();
		if (!missing.isEmpty()) {
			return Checked.failed(missing);
		}
		if (table.rows().isEmpty()) {
			return Checked.failed(List.of(Issue.of(0, "", "import.error.noRows")));
		}
		return checks.get(kind).check(table);
	}

	private ImportResult result(ImportKind kind, Checked checked, int imported, Locale locale) {
		return new ImportResult(kind, imported, words(checked.errors(), locale), words(checked.warnings(), locale));
	}

	private List<ImportProblem> words(List<Issue> issues, Locale locale) {
		List<ImportProblem> problems = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Object[] args = issue.args().stream().map(arg -> format(arg, locale)).toArray();
			String detail = messages.getMessage(issue.key(), args, locale);
			String row = String.valueOf(issue.row());
			String message = issue.row() == 0 ? detail
					: issue.field().isEmpty() ? messages.getMessage("import.problem.row", new Object[] { row, detail }, locale)
					: messages.getMessage("import.problem.cell", new Object[] { row, issue.field(), detail }, locale);
			problems.add(new ImportProblem(issue.row(), issue.field(), message));
		}
		return problems;
	}

	private static String format(Object arg, Locale locale) {
		if (arg instanceof Long count) {
			return VietnameseNumbers.people(count, locale);
		}
		if (arg instanceof java.math.BigDecimal decimal) {
			return VietnameseNumbers.points(decimal, locale);
		}
		if (arg instanceof YearMonth period) {
			return period.format(PERIOD);
		}
		return String.valueOf(arg);
	}
}
