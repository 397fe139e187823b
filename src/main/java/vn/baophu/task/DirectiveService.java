package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.task.TaskInputException.Problem;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

/**
 * Directives: listed per subtree, created under a unit, edited, with an optional attached file.
 * Reading needs the directive's unit (or one of its tasks' units) in the user's subtree; changing it,
 * {@link SignedInUser#canManage} on its unit. The rules of a directive's input ({@link #check}) hold
 * alike for the page, the API and a task file.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DirectiveService {

	/** Attached files are kept in the database; larger ones belong on a document server. */
	public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

	private final DirectiveRepository directives;
	private final DirectiveAttachmentRepository attachments;
	private final TaskQueries queries;
	private final Today today;

	/** A file as it was attached. */
	public record AttachmentFile(String fileName, String contentType, byte[] content) {
	}

	/** Kept in the unit's subtree, or assigning a task to a unit in it; newest first. */
	public List<DirectiveView> directivesUnder(UnitRef unit, SignedInUser user) {
		user.checkCanSee(unit.path());
		return queries.directivesUnder(unit.path());
	}

	public DirectiveView directive(long id, SignedInUser user) {
		DirectiveView directive = queries.directive(id).orElseThrow(() -> new TaskNotFoundException("directive", id));
		if (!user.canSee(directive.unitPath()) && queries.tasksOf(id).stream()
			.noneMatch(task -> task.assigneeUnitPath() != null && user.canSee(task.assigneeUnitPath()))) {
			throw new AccessDeniedException("Directive " + id + " is outside the subtree of " + user.username());
		}
		return directive;
	}

	/**
	 * Every rule the input breaks, by {@link DirectiveInput}'s field names: number, issuer and title
	 * required and not too long, the date dd/MM/yyyy or a year, a known kind; empty when it can be saved.
	 */
	public List<Problem> check(DirectiveInput input) {
		List<Problem> problems = new ArrayList<>();
		read(input, problems);
		return problems;
	}

	/** @throws TaskInputException when the input breaks a rule of {@link #check} */
	@Transactional
	public long create(UnitRef unit, DirectiveInput input, SignedInUser user) {
		return create(unit, draft(input), user);
	}

	/** @throws TaskInputException when the input breaks a rule of {@link #check} */
	@Transactional
	public void update(long id, DirectiveInput input, SignedInUser user) {
		update(id, draft(input), user);
	}

	@Transactional
	public long create(UnitRef unit, DirectiveDraft draft, SignedInUser user) {
		user.checkCanManage(unit.path());
		return save(unit, draft, user.username());
	}

	/** Saves without a permission check: for a task file ({@link TaskFiles}), whose import checked them. */
	@Transactional
	long save(UnitRef unit, DirectiveDraft draft, String user) {
		Directive directive = directives.saveAndFlush(new Directive(unit.id(), draft, user, today.now()));
		return required(directive.getId());
	}

	@Transactional
	public void update(long id, DirectiveDraft draft, SignedInUser user) {
		Directive directive = managed(id, user);
		directive.update(draft);
		directives.flush();
	}

	@Transactional
	public void attach(long id, String fileName, String contentType, byte[] content, SignedInUser user) {
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new IllegalArgumentException("Attachment larger than " + MAX_ATTACHMENT_BYTES + " bytes");
		}
		Directive directive = managed(id, user);
		attachments.findById(id).ifPresentOrElse(file -> file.replace(fileName, contentType, content),
				() -> attachments.save(new DirectiveAttachment(id, fileName, contentType, content)));
		directive.attachmentNamed(fileName);
		directives.flush();
	}

	public Optional<AttachmentFile> attachment(long id, SignedInUser user) {
		directive(id, user);
		return attachments.findById(id)
			.map(file -> new AttachmentFile(file.getFileName(), file.getContentType(), file.getContent()));
	}

	/** Directives kept under the unit with this number, issuer and date (the import's key). */
	Optional<Directive> findSame(UnitRef unit, DirectiveDraft draft) {
		return directives
			.findByUnitIdAndNumberAndIssuerAndIssuedYear(unit.id(), draft.number(), draft.issuer(), draft.issued().year())
			.stream()
			.filter(directive -> directive.issued().equals(draft.issued()))
			.findFirst();
	}

	/** Directives kept at exactly these units (a unit and its ancestors) that the user manages, newest first. */
	public List<DirectiveView> manageableAt(List<UnitRef> units, SignedInUser user) {
		return queries.directivesKeptAt(units.stream().map(UnitRef::id).toList()).stream()
			.filter(directive -> TaskPermissions.canManage(user, directive))
			.toList();
	}

	/** The directive, when the user may change it and its tasks ({@link TaskPermissions#canManage}). */
	public DirectiveView manageable(long id, SignedInUser user) {
		DirectiveView directive = directive(id, user);
		if (!TaskPermissions.canManage(user, directive)) {
			throw new AccessDeniedException(user.username() + " may not change directive " + id);
		}
		return directive;
	}

	private Directive managed(long id, SignedInUser user) {
		manageable(id, user);
		return directives.findById(id).orElseThrow(() -> new TaskNotFoundException("directive", id));
	}

	/** The draft of the input, adding a problem for each rule it breaks; null when it breaks any. */
	static @Nullable DirectiveDraft read(DirectiveInput input, List<Problem> problems) {
		int before = problems.size();
		String number = text("number", input.number(), DirectiveDraft.NUMBER_LENGTH, problems);
		String issued = text("issued", input.issued(), Integer.MAX_VALUE, problems);
		DirectiveDate date = issued == null ? null : DirectiveDate.parse(issued).orElse(null);
		if (issued != null && date == null) {
			problems.add(Problem.of("issued", "task.import.error.directiveDate", issued));
		}
		String issuer = text("issuer", input.issuer(), DirectiveDraft.ISSUER_LENGTH, problems);
		DirectiveKind kind = DirectiveKind.parse(input.kind() == null ? "" : input.kind()).orElse(null);
		if (kind == null) {
			problems.add(Problem.of("kind", "task.import.error.kind", input.kind() == null ? "" : input.kind()));
		}
		String title = text("title", input.title(), DirectiveDraft.TITLE_LENGTH, problems);
		if (problems.size() > before || number == null || date == null || issuer == null || kind == null
				|| title == null) {
			return null;
		}
		return new DirectiveDraft(number, date, issuer, kind, title);
	}

	/** The stripped text; null, with a problem, when it is empty or longer than {@code maxLength}. */
	static @Nullable String text(String field, @Nullable String value, int maxLength, List<Problem> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problems.add(Problem.of(field, "task.error.required", text));
			return null;
		}
		if (text.length() > maxLength) {
			problems.add(Problem.of(field, "task.error.tooLong", text.substring(0, 40) + "…", maxLength));
			return null;
		}
		return text;
	}

	private static DirectiveDraft draft(DirectiveInput input) {
		List<Problem> problems = new ArrayList<>();
		DirectiveDraft draft = read(input, problems);
		if (draft == null) {
			throw new TaskInputException(problems);
		}
		return draft;
	}

	static long required(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("A saved entity has an id");
		}
		return id;
	}
}
