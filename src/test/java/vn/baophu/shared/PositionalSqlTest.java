package vn.baophu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;

class PositionalSqlTest {

	private final PositionalSql statement = new PositionalSql(
			"select * from t where a = :day and b::text = :name and c <= :day and d = ':not'");

	@Test
	void eachUseOfANameIsAPositionOfItsOwn() {
		assertThat(statement.sql()).isEqualTo("select * from t where a = ? and b::text = ? and c <= ? and d = ':not'");
	}

	@Test
	void theValuesFollowThePositions() {
		LocalDate day = LocalDate.of(2023, 6, 30);

		assertThat(statement.args(Map.of("day", day, "name", "Càng Long"))).containsExactly(day, "Càng Long", day);
	}

	@Test
	void aNameWithoutAValueIsRefused() {
		assertThatThrownBy(() -> statement.args(Map.of("day", LocalDate.of(2023, 6, 30))))
			.isInstanceOf(InvalidDataAccessApiUsageException.class);
	}
}
