package vn.baophu.timeliness;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingDeadlineRepository extends JpaRepository<ReportingDeadline, Long> {
}
