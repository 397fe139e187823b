package vn.baophu.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingDeadlineRepository extends JpaRepository<ReportingDeadline, Long> {
}
