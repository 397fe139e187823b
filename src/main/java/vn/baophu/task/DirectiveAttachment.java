package vn.baophu.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The file of a directive (a scan, the Word document), in its own table so lists never load it. */
@Entity
@Table(name = "directive_attachment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DirectiveAttachment {

	@Id
	@Column(name = "directive_id")
	private Long directiveId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private byte[] content;

	DirectiveAttachment(long directiveId, String fileName, String contentType, byte[] content) {
		this.directiveId = directiveId;
		replace(fileName, contentType, content);
	}

	void replace(String newFileName, String newContentType, byte[] newContent) {
		this.fileName = newFileName;
		this.contentType = newContentType;
		this.content = newContent;
	}
}
