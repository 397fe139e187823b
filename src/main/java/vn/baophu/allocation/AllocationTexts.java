package vn.baophu.allocation;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.baophu.shared.DateInput;
import vn.baophu.shared.VietnameseNumbers;
import vn.baophu.task.SchemeCounts;
import vn.baophu.unit.UnitRef;

/**
 * The words of an allocation task, in the language of the person allocating, as the plans write them:
 * "UBND xã Huyền Hội" — "Vận động thêm 2.362 người tham gia BHYT, 170 người BHXH bắt buộc, …".
 */
@Component
@RequiredArgsConstructor
class AllocationTexts {

	private final MessageSource messages;

	String assignee(UnitRef unit, Locale locale) {
		String name = unit.name();
		String lowered = name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
		return messages.getMessage("task.allocation.assignee", new Object[] { name, lowered }, locale);
	}

	/** "Vận động 60 học sinh còn lại tham gia BHYT". */
	String schoolDescription(long remaining, Locale locale) {
		return messages.getMessage("task.allocation.school",
				new Object[] { vn.baophu.shared.VietnameseNumbers.people(remaining, locale) }, locale);
	}

	String description(SchemeCounts people, LocalDate dueOn, Locale locale) {
		List<String> parts = new ArrayList<>();
		part(parts, "BHYT", people.bhyt(), locale);
		part(parts, "BHXH_BB", people.bhxhCompulsory(), locale);
		part(parts, "BHXH_TN", people.bhxhVoluntary(), locale);
		part(parts, "BHTN", people.bhtn(), locale);
		return messages.getMessage("task.allocation.description",
				new Object[] { String.join(", ", parts), DateInput.format(dueOn) }, locale);
	}

	private void part(List<String> parts, String scheme, @Nullable Long people, Locale locale) {
		if (people != null) {
			parts.add(messages.getMessage("task.allocation.part." + scheme,
					new Object[] { VietnameseNumbers.people(people, locale) }, locale));
		}
	}
}
