package vn.baophu.task;

import java.util.List;

/**
 * Input for a task or a directive that breaks a rule of {@link TaskService#check} or
 * {@link DirectiveService#check}; nothing was saved.
 */
public class TaskInputException extends IllegalArgumentException {

	/**
	 * A broken rule: the field as {@link TaskInput} or {@link DirectiveInput} names it, a message key of the task bundle and its
	 * arguments.
	 */
	public record Problem(String field, String key, List<Object> args) {

		static Problem of(String field, String key, Object... args) {
			return new Problem(field, key, List.of(args));
		}
	}

	private final transient List<Problem> problems;

	TaskInputException(List<Problem> problems) {
		super(problems.get(0).field() + ": " + problems.get(0).key());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
