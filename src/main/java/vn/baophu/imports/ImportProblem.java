package vn.baophu.imports;

/**
 * A bad or doubtful cell. {@code row} is the row number in the file (the header is row 1; 0 = the
 * file as a whole), {@code field} the column name (empty when the whole row is meant) and
 * {@code message} a sentence in the caller's language naming the row, the field and the value.
 */
public record ImportProblem(int row, String field, String message) {
}
