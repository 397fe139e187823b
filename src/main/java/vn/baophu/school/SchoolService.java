package vn.baophu.school;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.school.SchoolQueries.SchoolKey;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/** Saves schools and their snapshots from imports and builds a unit's appendix table. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SchoolService {

	private final SchoolQueries queries;
	private final UnitService units;
	private final Clock clock;

	/** The appendix of the unit for the school year. */
	public SchoolTable table(UnitRef unit, SchoolYear schoolYear) {
		return table(unit, units.lineage(unit), schoolYear);
	}

	/** As {@link #table(UnitRef, SchoolYear)}, for a caller that has read the unit's breadcrumb already. */
	public SchoolTable table(UnitRef unit, List<UnitRef> lineage, SchoolYear schoolYear) {
		List<SchoolRow> rows = queries.latest(unit, schoolYear);
		SchoolRow total = new SchoolRow(null, null, unit.code(), rows.stream().mapToLong(SchoolRow::students).sum(),
				rows.stream().mapToLong(SchoolRow::insuredOtherGroup).sum(),
				rows.stream().mapToLong(SchoolRow::insuredAtSchool).sum());
		return new SchoolTable(unit, lineage, schoolYear, rows, total);
	}

	/** The schools of the unit's subtree, for the management page. */
	public List<School> schoolsUnder(UnitRef unit) {
		return queries.schoolsUnder(unit);
	}

	/**
	 * Renames a school, sets its code and level, for a user who may manage its unit: false when the
	 * school was changed by someone else since {@code version} was read (nothing changed then).
	 */
	@Transactional
	public boolean edit(long id, long version, String name, @org.jspecify.annotations.Nullable String code,
			SchoolLevel level, vn.baophu.user.SignedInUser user) {
		School school = queries.school(id).orElseThrow(() -> new SchoolNotFoundException(id));
		user.checkCanManage(school.unitPath());
		return queries.edit(id, version, name, code, level);
	}

	/** The newest school year with snapshots below the unit: what its appendix opens on. */
	public Optional<SchoolYear> latestSchoolYear(UnitRef unit) {
		return queries.schoolYears(unit).stream().findFirst().flatMap(SchoolYear::parse);
	}

	/**
	 * Saves checked snapshots in one go: each school matched by its code when given, else by its name
	 * in its unit, created when new (its level and code updated when known).
	 */
	@Transactional
	public int save(List<SchoolCount> counts, String user) {
		Map<String, SchoolKey> known = SchoolQueries.byKey(queries.schoolsOf(
				counts.stream().map(SchoolCount::unitId).distinct().toList(),
				counts.stream().map(SchoolCount::code).filter(java.util.Objects::nonNull).distinct().toList()));
		for (SchoolCount count : counts) {
			SchoolKey school = count.code() != null && known.containsKey("code|" + count.code())
					? known.get("code|" + count.code()) : known.get(count.unitId() + "|" + count.school());
			long id;
			if (school == null) {
				id = queries.nextSchoolId();
				queries.addSchool(id, count);
				SchoolKey added = new SchoolKey(id, count.unitId(), count.school(), count.code());
				known.put(count.unitId() + "|" + count.school(), added);
				if (count.code() != null) {
					known.put("code|" + count.code(), added);
				}
			}
			else {
				id = school.id();
				queries.updateSchool(id, count);
			}
			queries.saveCount(id, count, user, clock.instant());
		}
		return counts.size();
	}
}
