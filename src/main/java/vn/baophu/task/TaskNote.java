package vn.baophu.task;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A progress note: when, by whom, and for a recurring task the cycle it was written in. */
@Entity
@Table(name = "task_note")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TaskNote {

	static final int TEXT_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_note_seq")
	@SequenceGenerator(name = "task_note_seq", sequenceName = "task_note_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "task_id")
	private long taskId;

	@Column(name = "written_on")
	private LocalDate writtenOn;

	@Column(name = "written_at")
	private Instant writtenAt;

	private String author;

	@Column(name = "cycle_start")
	private @Nullable LocalDate cycleStart;

	private String text;

	TaskNote(long taskId, LocalDate writtenOn, Instant writtenAt, String author, @Nullable LocalDate cycleStart,
			String text) {
		this.taskId = taskId;
		this.writtenOn = writtenOn;
		this.writtenAt = writtenAt;
		this.author = author;
		this.cycleStart = cycleStart;
		this.text = text;
	}
}
