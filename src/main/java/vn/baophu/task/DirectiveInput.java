package vn.baophu.task;

import org.jspecify.annotations.Nullable;

/**
 * A directive as the page, the API and a task file send it, before the rules of
 * {@link DirectiveService#check}: {@code issued} dd/MM/yyyy, yyyy-MM-dd or a year alone; {@code kind}
 * CONG_VAN… or "công văn"….
 */
public record DirectiveInput(@Nullable String number, @Nullable String issued, @Nullable String issuer,
		@Nullable String kind, @Nullable String title) {
}
