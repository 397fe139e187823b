package vn.baophu.user.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;
import vn.baophu.user.SignedInUser;
import vn.baophu.user.UserRow;
import vn.baophu.user.UserService;

/**
 * After a reform: ties each user of a closed unit to the one unit that took its place. A user whose
 * unit was split (several successors) or dissolved (none, like a district) is left for a person to
 * decide, and named.
 */
@Component
@RequiredArgsConstructor
class ReformRetie {

	record Outcome(List<String> retied, List<String> undecided) {
	}

	private final UserService users;
	private final UnitService units;

	Outcome retie(SignedInUser admin) {
		List<UserRow> all = users.list(admin);
		Map<Long, UnitRef> closed = new HashMap<>();
		units.findByIds(all.stream().map(UserRow::unitId).filter(Objects::nonNull).distinct().toList())
			.forEach((id, unit) -> {
				if (unit.closedFrom() != null) {
					closed.put(id, unit);
				}
			});
		Map<Long, List<UnitRef>> successors = units.successors(closed.keySet());
		Map<Long, Long> single = new HashMap<>();
		successors.forEach((id, next) -> {
			if (next.size() == 1) {
				single.put(id, next.get(0).id());
			}
		});
		List<String> undecided = new ArrayList<>();
		all.stream()
			.filter(user -> user.unitId() != null && closed.containsKey(user.unitId()) && !single.containsKey(user.unitId()))
			.forEach(user -> undecided.add(user.username()));
		return new Outcome(single.isEmpty() ? List.of() : users.retie(admin, single), undecided);
	}
}
