package vn.baophu.task;

/** What a directive says about itself, from a form, the API or a file. */
public record DirectiveDraft(String number, DirectiveDate issued, String issuer, DirectiveKind kind, String title) {

	public static final int NUMBER_LENGTH = 100;
	public static final int ISSUER_LENGTH = 300;
	public static final int TITLE_LENGTH = 1000;
}
