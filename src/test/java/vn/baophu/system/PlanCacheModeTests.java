package vn.baophu.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.baophu.support.BaophuTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection plans each statement for its parameters: a generic plan of the derived targets'
 * statement took a province's gap table from 11 ms to 3.5 s at national scale (bench/README.md).
 */
@BaophuTest
class PlanCacheModeTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionPlansForTheParameters() {
		for (int i = 0; i < 3; i++) {
			assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
		}
	}
}
