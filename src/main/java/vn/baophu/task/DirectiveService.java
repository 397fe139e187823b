package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.unit.UnitRef;
import vn.baophu.user.SignedInUser;

/**
 * Directives: listed per subtree, created under a unit, edited, with an optional attached file.
 * Reading needs the directive's unit (or one of its tasks' units) in the user's subtree; changing it,
 * {@link SignedInUser#canManage} on its unit.
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

	@Transactional
	public long create(UnitRef unit, DirectiveDraft draft, SignedInUser user) {
		user.checkCanManage(unit.path());
		return save(unit, draft, user.username());
	}

	/** Saves without a permission check: for the task import, which checked them. */
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

	static long required(@org.jspecify.annotations.Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("A saved entity has an id");
		}
		return id;
	}
}
