package vn.baophu.target;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByUnitIdInAndYearIn(Collection<Long> unitIds, Collection<Integer> years);
}
