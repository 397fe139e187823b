package vn.baophu.target;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByUnitIdInAndYearIn(Collection<Long> unitIds, Collection<Integer> years);

	@Query("select max(t.year) from Target t where t.unitId in ?1")
	Optional<Integer> findLatestYear(Collection<Long> unitIds);
}
