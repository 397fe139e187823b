package vn.baophu.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

	List<Directive> findByUnitIdAndNumberAndIssuerAndIssuedYear(long unitId, String number, String issuer,
			int issuedYear);
}
