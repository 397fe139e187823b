package vn.baophu.unit;

/**
 * Why a unit draft cannot be saved. {@code messageKey} is a message bundle key; {@code argument}
 * fills its {0}.
 */
public record UnitProblem(int row, String field, String messageKey, String argument) {
}
