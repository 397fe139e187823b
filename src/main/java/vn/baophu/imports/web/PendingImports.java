package vn.baophu.imports.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import vn.baophu.imports.ImportKind;

/**
 * Files previewed without errors, kept in the HTTP session under a random token until the user saves
 * them, so that "Save" saves exactly the file that was checked. Only the newest few are kept.
 */
final class PendingImports {

	static final int KEPT = 3;

	private static final String ATTRIBUTE = PendingImports.class.getName();

	record PendingImport(ImportKind kind, String fileName, byte[] content) implements Serializable {
	}

	private PendingImports() {
	}

	static String keep(HttpSession session, PendingImport pending) {
		Map<String, PendingImport> kept = kept(session);
		String token = UUID.randomUUID().toString();
		kept.put(token, pending);
		while (kept.size() > KEPT) {
			kept.remove(kept.keySet().iterator().next());
		}
		session.setAttribute(ATTRIBUTE, kept);
		return token;
	}

	/** Removes and returns the file kept under the token; null when unknown or already taken. */
	static @Nullable PendingImport take(HttpSession session, String token) {
		Map<String, PendingImport> kept = kept(session);
		PendingImport pending = kept.remove(token);
		session.setAttribute(ATTRIBUTE, kept);
		return pending;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, PendingImport> kept(HttpSession session) {
		Object kept = session.getAttribute(ATTRIBUTE);
		return kept instanceof LinkedHashMap<?, ?> map ? (Map<String, PendingImport>) map : new LinkedHashMap<>();
	}
}
