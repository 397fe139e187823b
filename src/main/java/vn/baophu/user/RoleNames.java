package vn.baophu.user;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a role as people write it in a file: the enum name ({@code DISTRICT_OFFICIAL}) or the
 * label the pages show, in Vietnamese or English ("Cán bộ cấp huyện", "District official"), in any
 * case, with or without diacritics.
 */
@Component
public class RoleNames {

	private static final Locale[] LANGUAGES = { Locale.forLanguageTag("vi"), Locale.ENGLISH };

	private final Map<String, Role> byName = new HashMap<>();

	RoleNames(MessageSource messages) {
		for (Role role : Role.values()) {
			byName.put(key(role.name()), role);
			for (Locale language : LANGUAGES) {
				byName.putIfAbsent(key(messages.getMessage("user.role." + role.name(), null, role.name(), language)),
						role);
			}
		}
	}

	public Optional<Role> parse(String text) {
		return Optional.ofNullable(byName.get(key(text)));
	}

	/** Lower case, no diacritics (đ as d), spaces, dashes and underscores as one space. */
	static String key(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
	}
}
