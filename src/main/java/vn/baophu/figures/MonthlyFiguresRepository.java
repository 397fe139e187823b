package vn.baophu.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonthlyFiguresRepository extends JpaRepository<MonthlyFigures, Long> {

	List<MonthlyFigures> findByUnitIdInAndPeriodIn(Collection<Long> unitIds, Collection<LocalDate> firstDays);

	@Query(value = """
			select max(f.period) from monthly_figures f join administrative_unit u on u.id = f.unit_id
			where unit_path_under(u.path, ?1)""", nativeQuery = true)
	Optional<LocalDate> findLatestPeriodUnder(String path);
}
