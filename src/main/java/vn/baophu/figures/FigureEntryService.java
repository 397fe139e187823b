package vn.baophu.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.baophu.audit.AuditComment;
import vn.baophu.unit.UnitRef;

/**
 * The monthly data-entry grid. Saving merges cell by cell against what the grid showed when it
 * was opened: a cell this user changed that someone else also changed meanwhile is a conflict, and
 * then nothing is saved until the user chooses. Figures that move more than the threshold or exceed
 * their denominator are saved only once confirmed with a comment, which the audit trail keeps.
 */
@Service
public class FigureEntryService {

	private final EntryGridQueries queries;
	private final MonthlyFiguresRepository figures;
	private final MonthStatusService months;
	private final EntrySettings settings;
	private final TransactionTemplate transaction;

	FigureEntryService(EntryGridQueries queries, MonthlyFiguresRepository figures, MonthStatusService months,
			EntrySettings settings, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.figures = figures;
		this.months = months;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Transactional(readOnly = true)
	public List<EntryRow> rows(UnitRef unit, YearMonth period) {
		return queries.rows(unit, period);
	}

	/**
	 * Saves the submitted rows in one transaction, or nothing: refused with {@link MonthClosedException}
	 * when the month is closed, with the conflicts, or with the warnings still to confirm.
	 */
	public SaveOutcome save(UnitRef unit, YearMonth period, List<RowSubmission> submissions, boolean confirmed,
			@Nullable String comment, String user) {
		try {
			return saveOnce(unit, period, submissions, confirmed, comment, user);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone saved a row between our read and our write: merge again against what they saved.
			return saveOnce(unit, period, submissions, confirmed, comment, user);
		}
	}

	/**
	 * Saves one leaf's month as the API does: only if the row is still at {@code expectedVersion}
	 * ({@code -1} = nothing saved yet); otherwise a conflict listing the cells that differ.
	 */
	public SaveOutcome saveRow(UnitRef leaf, YearMonth period, long expectedVersion, Values values, boolean confirmed,
			@Nullable String comment, String user) {
		try {
			return AuditComment.as(user, comment, () -> transaction.execute(status -> {
				EntryRow row = leafRow(leaf, period);
				if (row.version() != expectedVersion) {
					return conflictsWith(row, values);
				}
				SaveOutcome outcome = saveInTransaction(leaf, period,
						List.of(new RowSubmission(leaf.id(), row.current(), values)), confirmed, comment, user);
				if (outcome.status() != SaveOutcome.Status.SAVED) {
					status.setRollbackOnly();
				}
				return outcome;
			}));
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Another write of the same month committed between our read and our write (an update of
			// the same version, or a second first insert): theirs stands, ours is a conflict.
			EntryRow row = leafRow(leaf, period);
			if (row.version() == expectedVersion) {
				throw ex;
			}
			return conflictsWith(row, values);
		}
	}

	private EntryRow leafRow(UnitRef leaf, YearMonth period) {
		return queries.rows(leaf, period).stream()
			.filter(candidate -> candidate.unitId() == leaf.id())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(leaf.code() + " is not a leaf unit"));
	}

	private static SaveOutcome conflictsWith(EntryRow row, Values values) {
		List<EntryConflict> conflicts = new ArrayList<>();
		for (Scheme scheme : Scheme.values()) {
			if (!row.current().sameAs(values, scheme)) {
				conflicts.add(new EntryConflict(row.unitId(), row.name(), scheme, null, row.current().get(scheme),
						values.get(scheme)));
			}
		}
		return SaveOutcome.conflicts(conflicts);
	}

	/** The saved version of a leaf's month, -1 when nothing is saved. */
	@Transactional(readOnly = true)
	public long versionOf(UnitRef leaf, YearMonth period) {
		return figures.findByUnitIdInAndPeriodIn(List.of(leaf.id()), List.of(period.atDay(1))).stream()
			.mapToLong(MonthlyFigures::getVersion)
			.findFirst()
			.orElse(-1);
	}

	private SaveOutcome saveOnce(UnitRef unit, YearMonth period, List<RowSubmission> submissions, boolean confirmed,
			@Nullable String comment, String user) {
		return AuditComment.as(user, comment, () -> transaction.execute(status -> {
			SaveOutcome outcome = saveInTransaction(unit, period, submissions, confirmed, comment, user);
			if (outcome.status() != SaveOutcome.Status.SAVED) {
				status.setRollbackOnly();
			}
			return outcome;
		}));
	}

	private SaveOutcome saveInTransaction(UnitRef unit, YearMonth period, List<RowSubmission> submissions,
			boolean confirmed, @Nullable String comment, String user) {
		months.checkOpen(unit, period);
		Map<Long, EntryRow> rows = queries.rows(unit, period).stream()
			.collect(Collectors.toMap(EntryRow::unitId, Function.identity()));
		List<EntryConflict> conflicts = new ArrayList<>();
		Map<Long, Values> merged = new HashMap<>();
		for (RowSubmission submission : submissions) {
			EntryRow row = rows.get(submission.unitId());
			if (row == null) {
				throw new IllegalArgumentException("Unit " + submission.unitId() + " is not in this grid");
			}
			Values result = merge(row, submission, conflicts);
			if (!result.equals(row.current())) {
				merged.put(row.unitId(), result);
			}
		}
		if (!conflicts.isEmpty()) {
			return SaveOutcome.conflicts(conflicts);
		}
		List<EntryWarning> warnings = new EntryWarnings(settings).check(rows, merged);
		if (!warnings.isEmpty() && (!confirmed || comment == null || comment.isBlank())) {
			return SaveOutcome.needsConfirmation(warnings);
		}
		write(period, merged, rows, user);
		return SaveOutcome.saved(merged.size());
	}

	/** Three-way merge of one row: what the grid showed, what is saved now, what the user typed. */
	private static Values merge(EntryRow row, RowSubmission submission, List<EntryConflict> conflicts) {
		Values result = row.current();
		for (Scheme scheme : Scheme.values()) {
			Long original = submission.original().get(scheme);
			Long mine = submission.submitted().get(scheme);
			Long theirs = row.current().get(scheme);
			if (Objects.equals(mine, original) || Objects.equals(mine, theirs)) {
				continue;
			}
			if (!Objects.equals(theirs, original)) {
				conflicts.add(new EntryConflict(row.unitId(), row.name(), scheme, original, theirs, mine));
			}
			else {
				result = result.with(scheme, mine);
			}
		}
		return result;
	}

	/**
	 * Writes the merged rows, each only if it is still the version the merge read: a row saved (or
	 * first inserted) by someone else since is an optimistic-locking failure, never overwritten.
	 */
	private void write(YearMonth period, Map<Long, Values> merged, Map<Long, EntryRow> read, String user) {
		if (merged.isEmpty()) {
			return;
		}
		months.checkOpen(merged.keySet().stream().map(unitId -> new UnitMonth(unitId, period)).toList());
		Map<Long, MonthlyFigures> saved = figures.findByUnitIdInAndPeriodIn(merged.keySet(), List.of(period.atDay(1)))
			.stream()
			.collect(Collectors.toMap(MonthlyFigures::getUnitId, Function.identity()));
		merged.forEach((unitId, values) -> {
			MonthlyCounts counts = new MonthlyCounts(unitId, period, values.bhyt(), values.bhxhCompulsory(),
					values.bhxhVoluntary(), values.bhtn());
			MonthlyFigures entry = saved.get(unitId);
			if (entry != null && entry.getVersion() != read.get(unitId).version()) {
				throw new ObjectOptimisticLockingFailureException(MonthlyFigures.class, entry.getId());
			}
			if (entry == null) {
				entry = new MonthlyFigures(unitId, period);
				entry.replaceWith(counts, user);
				figures.save(entry);
			}
			else {
				entry.replaceWith(counts, user);
			}
		});
		figures.flush();
	}
}
