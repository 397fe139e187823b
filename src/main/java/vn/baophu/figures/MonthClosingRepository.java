package vn.baophu.figures;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonthClosingRepository extends JpaRepository<MonthClosing, Long> {

	Optional<MonthClosing> findByUnitIdAndPeriod(long unitId, LocalDate period);
}
