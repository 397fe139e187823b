package vn.baophu.figures;

/** One grid row as submitted: the values shown when the grid was opened, and the values now. */
public record RowSubmission(long unitId, Values original, Values submitted) {
}
