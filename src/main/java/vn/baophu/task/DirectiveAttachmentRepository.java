package vn.baophu.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveAttachmentRepository extends JpaRepository<DirectiveAttachment, Long> {
}
