package vn.baophu.target;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DenominatorRepository extends JpaRepository<Denominator, Long> {

	List<Denominator> findByUnitIdInAndYearIn(Collection<Long> unitIds, Collection<Integer> years);

	@Query("select max(d.year) from Denominator d where d.unitId in ?1")
	Optional<Integer> findLatestYear(Collection<Long> unitIds);
}
