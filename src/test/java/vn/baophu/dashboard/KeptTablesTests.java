package vn.baophu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.baophu.report.GapTable;
import vn.baophu.report.GapTableService;
import vn.baophu.shared.Indicator;
import vn.baophu.support.BaophuTest;
import vn.baophu.unit.UnitRef;
import vn.baophu.unit.UnitService;

/**
 * Gap tables and dashboards are computed once per data version and kept ({@code ComputedCache}): a
 * change committed on any connection is in the next one, and what a transaction saw of its own rows
 * before rolling back is never kept. The demo district, June 2023; every change is undone.
 */
@BaophuTest
class KeptTablesTests {

	static final YearMonth JUNE = YearMonth.of(2023, 6);

	/** A commune of the demo district, Xã An Trường A. */
	static final String ADD_TO_COMMUNE = """
			update monthly_figures set bhyt = bhyt + :added
			where unit_id = (select id from administrative_unit where code = '29272') and period = date '2023-06-01'""";

	@Autowired
	GapTableService gapTables;

	@Autowired
	DashboardService dashboards;

	@Autowired
	UnitService units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aTableIsKeptUntilAChangeIsCommittedOnAnyConnection() {
		UnitRef district = units.require("844");
		GapTable table = gapTables.gapTable(district, JUNE);
		Dashboard dashboard = dashboards.dashboard(district, JUNE);
		long bhyt = table.total().bhyt().participants();
		assertThat(dashboard.card(Indicator.BHYT).result().participants()).isEqualTo(bhyt);

		assertThat(gapTables.gapTable(district, JUNE)).isSameAs(table);
		assertThat(dashboards.dashboard(district, JUNE)).isSameAs(dashboard);

		try {
			// Committed at once, outside the application's transactions: as from another node.
			jdbc.sql(ADD_TO_COMMUNE).param("added", 1000).update();

			assertThat(gapTables.gapTable(district, JUNE).total().bhyt().participants()).isEqualTo(bhyt + 1000);
			assertThat(dashboards.dashboard(district, JUNE).card(Indicator.BHYT).result().participants())
				.isEqualTo(bhyt + 1000);
		}
		finally {
			jdbc.sql(ADD_TO_COMMUNE).param("added", -1000).update();
		}
		assertThat(gapTables.gapTable(district, JUNE).total().bhyt().participants()).isEqualTo(bhyt);
		assertThat(dashboards.dashboard(district, JUNE).card(Indicator.BHYT).result().participants()).isEqualTo(bhyt);
	}

	@Test
	void whatATransactionSawOfItsOwnUncommittedRowsIsNotKept() {
		UnitRef district = units.require("844");
		long bhyt = gapTables.gapTable(district, JUNE).total().bhyt().participants();
		// A new data version, with nothing kept for it yet.
		jdbc.sql("delete from monthly_figures where false").update();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql(ADD_TO_COMMUNE).param("added", 1000).update();
			assertThat(gapTables.gapTable(district, JUNE).total().bhyt().participants()).isEqualTo(bhyt + 1000);
			assertThat(dashboards.dashboard(district, JUNE).card(Indicator.BHYT).result().participants())
				.isEqualTo(bhyt + 1000);
			status.setRollbackOnly();
		});

		assertThat(gapTables.gapTable(district, JUNE).total().bhyt().participants()).isEqualTo(bhyt);
		assertThat(dashboards.dashboard(district, JUNE).card(Indicator.BHYT).result().participants()).isEqualTo(bhyt);
	}
}
