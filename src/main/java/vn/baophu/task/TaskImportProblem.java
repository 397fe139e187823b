package vn.baophu.task;

/**
 * A bad cell of a task file: {@code row} the row number in the file (the header is row 1; 0 = the
 * file as a whole), {@code field} the column, {@code message} a sentence naming both, in the caller's
 * language.
 */
public record TaskImportProblem(int row, String field, String message) {
}
