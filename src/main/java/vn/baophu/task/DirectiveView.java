package vn.baophu.task;

import org.jspecify.annotations.Nullable;

/**
 * A directive as pages and the API show it, with the unit it is kept under and how many tasks it has.
 */
public record DirectiveView(long id, String unitCode, String unitName, String unitPath, String number,
		DirectiveDate issued, String issuer, DirectiveKind kind, String title, @Nullable String attachmentName,
		int tasks, long version) {
}
