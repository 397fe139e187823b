package vn.baophu.task;

import java.util.Optional;
import vn.baophu.deadline.DeadlineText;

/** The kinds of directive that assign tasks: công văn, chỉ thị, kế hoạch, thông báo kết luận. */
public enum DirectiveKind {
	CONG_VAN("cong van"), CHI_THI("chi thi"), KE_HOACH("ke hoach"), THONG_BAO_KET_LUAN("thong bao ket luan");

	private final String plainName;

	DirectiveKind(String plainName) {
		this.plainName = plainName;
	}

	/** "công văn", "Kế hoạch", "KE_HOACH", "ke-hoach"… */
	public static Optional<DirectiveKind> parse(String text) {
		String plain = DeadlineText.plain(text).replace('_', ' ').replace('-', ' ');
		for (DirectiveKind kind : values()) {
			if (kind.plainName.equals(plain)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
