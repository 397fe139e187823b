package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baophu.imports.ImportFiles.csv;
import static vn.baophu.imports.ImportFiles.xlsx;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.baophu.imports.ImportFiles.Formula;
import vn.baophu.imports.ImportFiles.Percent;

class TabularFileTest {

	@Test
	void csvHeaderIsCaseInsensitiveInAnyOrderAndTheByteOrderMarkIsStripped() {
		Table table = TabularFile.read("a.csv", csv("\uFEFFYear, Unit Code ,POPULATION,extra\n2023,T99A,\"13.737\",x\n"));

		assertThat(table.columns()).contains("year", "unit_code", "population", "extra");
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cell("unit_code")).isEqualTo("T99A");
			assertThat(row.cell("population")).isEqualTo("13.737");
			assertThat(row.cell("labour_force")).isEmpty();
		});
	}

	@Test
	void blankCsvLinesAreSkippedButKeepTheFileRowNumbers() {
		Table table = TabularFile.read("a.csv", csv("code,name\r\nA,x\r\n\r\n,\r\nB,y\r\n"));

		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5);
	}

	@Test
	void semicolonSeparatedCsvIsReadToo() {
		Table table = TabularFile.read("a.csv", csv("unit_code;rate\nT99;95,00\n"));

		assertThat(table.rows().get(0).cell("rate")).isEqualTo("95,00");
	}

	@Test
	void xlsxCellsReadAsExactText() {
		byte[] file = xlsx(new Object[] { "unit_code", "count", "rate", "period", "sum", "decimal" },
				new Object[] { 29266, 148806, new Percent(0.95), LocalDate.of(2023, 6, 1), new Formula("B2+1"), 22.69 },
				new Object[] { "T99A", 12787.0, new Percent(0.2269), "06/2023", new Formula("\"x\"&\"y\""), null });

		Table table = TabularFile.read("upload", file);

		Table.Row first = table.rows().get(0);
		assertThat(first.number()).isEqualTo(2);
		assertThat(first.cells()).containsEntry("unit_code", "29266").containsEntry("count", "148806")
			.containsEntry("rate", "95").containsEntry("period", "2023-06-01").containsEntry("sum", "148807")
			.containsEntry("decimal", "22.69");
		Table.Row second = table.rows().get(1);
		assertThat(second.cells()).containsEntry("count", "12787").containsEntry("rate", "22.69")
			.containsEntry("period", "06/2023").containsEntry("sum", "xy");
		assertThat(second.cell("decimal")).isEmpty();
	}

	@Test
	void aDamagedXlsxIsUnreadable() {
		byte[] damaged = { 'P', 'K', 3, 4, 1, 2, 3 };

		assertThatThrownBy(() -> TabularFile.read("x.csv", damaged)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("import.error.xlsx");
	}

	@Test
	void anOldXlsFileIsRefusedWithItsOwnMessage() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 };

		assertThatThrownBy(() -> TabularFile.read("x.xls", ole2)).hasMessage("import.error.xls");
	}

	@Test
	void aCsvNotInUtf8IsRefused() {
		byte[] latin1 = "code,name\nA,Càng Long\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> TabularFile.read("x.csv", latin1)).hasMessage("import.error.encoding");
	}

	@Test
	void anUnclosedQuoteIsUnreadable() {
		assertThatThrownBy(() -> TabularFile.read("x.csv", csv("code,name\nA,\"Thử\n"))).hasMessage("import.error.csv");
	}

	@Test
	void anEmptyFileHasNoHeader() {
		assertThatThrownBy(() -> TabularFile.read("x.csv", new byte[0])).hasMessage("import.error.empty");
		assertThatThrownBy(() -> TabularFile.read("x.csv", csv("\n , \n"))).hasMessage("import.error.empty");
	}
}
