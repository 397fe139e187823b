package vn.baophu.target;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DenominatorRepository extends JpaRepository<Denominator, Long> {

	List<Denominator> findByUnitIdInAndYearIn(Collection<Long> unitIds, Collection<Integer> years);
}
