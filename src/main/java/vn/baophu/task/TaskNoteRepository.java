package vn.baophu.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskNoteRepository extends JpaRepository<TaskNote, Long> {

	List<TaskNote> findByTaskIdOrderByWrittenAtDescIdDesc(long taskId);
}
