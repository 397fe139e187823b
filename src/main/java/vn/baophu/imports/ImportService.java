package vn.baophu.imports;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.shared.VietnameseNumbers;

/**
 * Imports units, denominators, targets, figures, users, reforms and tasks from CSV or .xlsx. Every row is checked before
 * anything is saved; a file with any error saves nothing, a file without saves every row in one
 * transaction, and a row whose key is already saved replaces it. Every import (not a preview) is
 * recorded in the import history; a file already imported and saved gets a warning saying when and
 * by whom.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);
	private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");

	private final KindChecks checks;
	private final MessageSource messages;
	private final ImportHistory history;
	private final ImportGuards guards;
	private final FreshStatistics statistics;

	/** What a file holds: its data rows (0 when unreadable) and what the checker found. */
	private record Read(int fileRows, Checked checked) {
	}

	/** Parses and checks; saves nothing. {@code imported} = the rows that would be saved (0 with errors). */
	public ImportResult preview(ImportKind kind, String fileName, byte[] content, Locale locale) {
		return preview(kind, fileName, content, null, locale);
	}

	/**
	 * As {@link #preview(ImportKind, String, byte[], Locale)} for a user who may change only the
	 * subtree with this path (null = the whole tree): rows outside it are errors.
	 */
	public ImportResult preview(ImportKind kind, String fileName, byte[] content, @Nullable String scopePath,
			Locale locale) {
		return preview(kind, fileName, content, scopePath, null, locale);
	}

	/** As {@link #preview(ImportKind, String, byte[], String, Locale)}; {@code effective}: a reform's day. */
	public ImportResult preview(ImportKind kind, String fileName, byte[] content, @Nullable String scopePath,
			@Nullable LocalDate effective, Locale locale) {
		Checked checked = check(kind, fileName, content,
				new ImportContext(scopePath, effective, ImportHistory.checksum(content), fileName)).checked();
		List<Issue> warnings = warnings(ImportHistory.checksum(content), checked, scopePath);
		return result(kind, checked, warnings, checked.errors().isEmpty() ? checked.rows() : 0, locale);
	}

	/**
	 * Parses and checks; without errors saves every row in one transaction and returns the rows saved;
	 * with errors saves nothing ({@code imported} = 0).
	 */
	@Transactional
	public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String user, Locale locale) {
		return importFile(kind, fileName, content, user, null, locale);
	}

	/**
	 * As {@link #importFile(ImportKind, String, byte[], String, Locale)} for a user who may change only
	 * the subtree with this path (null = the whole tree). Figures of a closed month are refused too.
	 */
	@Transactional
	public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String user,
			@Nullable String scopePath, Locale locale) {
		return importFile(kind, fileName, content, user, scopePath, null, locale);
	}

	/** As {@link #importFile(ImportKind, String, byte[], String, String, Locale)}; {@code effective}: a reform's day. */
	@Transactional
	public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String user,
			@Nullable String scopePath, @Nullable LocalDate effective, Locale locale) {
		long start = System.nanoTime();
		String checksum = ImportHistory.checksum(content);
		Read read = check(kind, fileName, content, new ImportContext(scopePath, effective, checksum, fileName));
		long checkedAt = System.nanoTime();
		Checked checked = read.checked();
		List<Issue> warnings = warnings(checksum, checked, scopePath);
		int saved = 0;
		if (checked.errors().isEmpty()) {
			saved = checked.saver().applyAsInt(user);
			statistics.afterCommit(kind, saved);
			log.info("Imported {} {} rows from '{}' by {} (read and checked in {} ms, saved in {} ms)", saved, kind,
					fileName, user, (checkedAt - start) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
		}
		else {
			log.info("Import of {} from '{}' by {} refused: {} errors", kind, fileName, user, checked.errors().size());
		}
		ImportResult result = result(kind, checked, warnings, saved, locale);
		history.record(kind, fileName, checksum, read.fileRows(), result, user, scopePath);
		return result;
	}

	/** The whole import history, newest first. */
	public Page<ImportRecord> history(Pageable pageable) {
		return history(null, pageable);
	}

	/**
	 * The imports made inside the subtree with this path (by users of that subtree), newest first;
	 * null = every import.
	 */
	public Page<ImportRecord> history(@Nullable String scopePath, Pageable pageable) {
		return history.page(scopePath, pageable);
	}

	/** The checker's warnings, after one for a file already imported and saved. */
	private List<Issue> warnings(String checksum, Checked checked, @Nullable String scopePath) {
		List<Issue> warnings = new ArrayList<>();
		history.sameFileWarning(checksum, scopePath).ifPresent(warnings::add);
		warnings.addAll(checked.warnings());
		return warnings;
	}

	private Read check(ImportKind kind, String fileName, byte[] content, ImportContext context) {
		String scopePath = context.scopePath();
		Table table;
		try {
			table = TabularFile.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			return new Read(0, Checked.failed(List.of(ex.issue())));
		}
		int rows = table.rows().size();
		List<Issue> missing = table.missing(kind.requiredColumns()).stream()
			.map(column -> Issue.of(table.headerRow(), column, "import.error.missingColumn", column))
			.toList();
		if (!missing.isEmpty()) {
			return new Read(rows, Checked.failed(missing));
		}
		if (rows == 0) {
			return new Read(0, Checked.failed(List.of(Issue.of(0, "", "import.error.noRows"))));
		}
		Checked checked = checks.of(kind).check(table, context);
		List<Issue> refused = guards.check(kind, table, scopePath);
		if (refused.isEmpty()) {
			return new Read(rows, checked);
		}
		List<Issue> errors = new ArrayList<>(checked.errors());
		errors.addAll(refused);
		errors.sort(java.util.Comparator.comparingInt(Issue::row));
		return new Read(rows, new Checked(checked.rows(), errors, checked.warnings(), checked.saver(), checked.totals()));
	}

	private ImportResult result(ImportKind kind, Checked checked, List<Issue> warnings, int imported, Locale locale) {
		return new ImportResult(kind, imported, words(checked.errors(), locale), words(warnings, locale),
				checked.totals());
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
