package vn.baophu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.baophu.imports.ImportFiles.csv;
import static vn.baophu.imports.ImportFiles.xlsx;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.baophu.support.BaophuTest;

/** Every kind of bad cell is reported with its row, its column and the bad value; nothing is saved. */
@BaophuTest
@Transactional
class ImportErrorsTests {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	ImportService imports;

	@BeforeEach
	void testProvince() {
		imports.importFile(ImportKind.UNITS, "units.csv", csv(ImportFiles.TEST_UNITS), "tester", VI);
	}

	@Test
	void textInANumberNamesTheRowTheFieldAndTheValue() {
		ImportResult result = preview(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99A,2023-05,100,,,
				T99A,2023-06,100,,,
				T99B,2023-05,100,,,
				T99B,2023-06,12a,,,
				""");

		assertThat(result.errors()).containsExactly(new ImportProblem(5, "bhyt", "Dòng 5, cột bhyt: \"12a\" không phải là số."));
		assertThat(result.imported()).isZero();
	}

	@Test
	void messagesComeInEnglishToo() {
		ImportResult result = imports.preview(ImportKind.FIGURES, "f.csv",
				csv("unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,12a,,,\n"), Locale.ENGLISH);

		assertThat(result.errors()).extracting(ImportProblem::message)
			.containsExactly("Row 2, column bhyt: \"12a\" is not a number.");
	}

	@Test
	void figureErrors() {
		ImportResult result = preview(ImportKind.FIGURES, """
				unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn
				T99D,2023-06,100,,,
				X404,2023-06,100,,,
				T99A,2023-13,100,,,
				T99A,13/2023,100,,,
				,2023-06,"12,5",-3,1.5,
				T99A,2023-06,,,,
				T99B,06/2023,100,,,
				T99B,2023-06,100,,,
				T99A,1999-06,1,,,
				T99A,2023-07,100%,,,
				""");

		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
				tuple(2, "unit_code"), tuple(3, "unit_code"), tuple(4, "period"), tuple(5, "period"),
				tuple(6, "unit_code"), tuple(6, "bhyt"), tuple(6, "bhxh_bb"), tuple(6, "bhxh_tn"), tuple(7, ""),
				tuple(9, "unit_code"), tuple(10, "period"), tuple(11, "bhyt"));
		assertThat(result.errors()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột unit_code: đơn vị \"T99D\" có đơn vị cấp dưới: chỉ nhập cho đơn vị không có cấp dưới"
						+ " (số của cấp trên là tổng của các đơn vị cấp dưới).",
				"Dòng 3, cột unit_code: không có đơn vị mã \"X404\".",
				"Dòng 4, cột period: \"2023-13\" không phải là tháng hợp lệ (viết 2023-06 hoặc 06/2023).",
				"Dòng 5, cột period: \"13/2023\" không phải là tháng hợp lệ (viết 2023-06 hoặc 06/2023).",
				"Dòng 6, cột unit_code: chưa có giá trị (bắt buộc).",
				"Dòng 6, cột bhyt: \"12,5\" không phải là số nguyên (số người phải là số nguyên).",
				"Dòng 6, cột bhxh_bb: \"-3\" là số âm.",
				"Dòng 6, cột bhxh_tn: \"1.5\" không phải là số nguyên (số người phải là số nguyên).",
				"Dòng 7: không có số liệu nào (bhyt, bhxh_bb, bhxh_tn, bhtn đều trống).",
				"Dòng 9, cột unit_code: khóa \"T99B, 2023-06\" trùng với dòng 8 trong cùng tệp.",
				"Dòng 10, cột period: \"1999-06\" không phải là tháng hợp lệ (viết 2023-06 hoặc 06/2023).",
				"Dòng 11, cột bhyt: \"100%\" không phải là số.");
	}

	@Test
	void denominatorErrors() {
		ImportResult result = preview(ImportKind.DENOMINATORS, """
				unit_code,year,population,labour_force
				T99,2023,100,50
				T99A,1999,100,50
				T99A,2101,100,50
				T99A,năm nay,100,50
				T99A,2023,-100,5o
				T99B,2023,100,50
				T99B,2023,100,50
				T99B,,100,50
				""");

		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
				tuple(2, "unit_code"), tuple(3, "year"), tuple(4, "year"), tuple(5, "year"), tuple(6, "population"),
				tuple(6, "labour_force"), tuple(8, "unit_code"), tuple(9, "year"));
		assertThat(result.errors().get(1).message()).isEqualTo("Dòng 3, cột year: năm \"1999\" phải từ 2000 đến 2100.");
		assertThat(result.errors().get(3).message()).isEqualTo("Dòng 5, cột year: \"năm nay\" không phải là số.");
		assertThat(result.errors().get(6).message())
			.isEqualTo("Dòng 8, cột unit_code: khóa \"T99B, 2023\" trùng với dòng 7 trong cùng tệp.");
	}

	@Test
	void targetErrors() {
		ImportResult result = preview(ImportKind.TARGETS, """
				unit_code,year,indicator,rate
				T99,2023,BHXX,95
				T99,2023,BHYT,"100,5"
				T99,2023,BHXH,-1
				T99,2023,BHTN,nhiều
				T99A,2023,BHYT,95
				T99A,2023,bhyt,96
				T99A,2023,BHXH,
				""");

		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
				tuple(2, "indicator"), tuple(3, "rate"), tuple(4, "rate"), tuple(5, "rate"), tuple(7, "unit_code"),
				tuple(8, "rate"));
		assertThat(result.errors()).extracting(ImportProblem::message).containsExactly(
				"Dòng 2, cột indicator: \"BHXX\" không phải là chỉ tiêu (BHYT, BHXH, BHXH_TN, BHTN).",
				"Dòng 3, cột rate: tỷ lệ \"100,5\" lớn hơn 100%.",
				"Dòng 4, cột rate: \"-1\" là số âm.",
				"Dòng 5, cột rate: \"nhiều\" không phải là số.",
				"Dòng 7, cột unit_code: khóa \"T99A, 2023, BHYT\" trùng với dòng 6 trong cùng tệp.",
				"Dòng 8, cột rate: chưa có giá trị (bắt buộc).");
	}

	@Test
	void unitErrors() {
		ImportResult result = preview(ImportKind.UNITS, """
				code,name,type,parent_code
				U1,Xã Một,ấp,T99D
				U2,,xã,T99D
				U3,Xã Ba,xã,T99D
				U3,Xã Ba nữa,xã,T99D
				U4,Xã Bốn,xã,NOPE
				U5,Xã Năm,xã,T99A
				U6,Xã Sáu,xã,U6
				U7,Xã Bảy,xã,
				U8,Huyện Tám,huyện,U9
				U9,Huyện Chín,huyện,U8
				U10,Xã Mười,xã,U1
				""");

		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
				tuple(2, "type"), tuple(3, "name"), tuple(5, "code"), tuple(6, "parent_code"), tuple(7, "type"),
				tuple(8, "parent_code"), tuple(9, "parent_code"), tuple(10, "parent_code"));
		assertThat(result.errors()).extracting(ImportProblem::message).contains(
				"Dòng 2, cột type: \"ấp\" không phải là loại đơn vị (tỉnh, thành phố, huyện, quận, thị xã, xã, phường,"
						+ " thị trấn, đặc khu; hoặc province, district, commune).",
				"Dòng 5, cột code: khóa \"U3\" trùng với dòng 4 trong cùng tệp.",
				"Dòng 6, cột parent_code: không có đơn vị cấp trên mã \"NOPE\" (trong tệp hoặc đã lưu).",
				"Dòng 7, cột type: loại đơn vị này không thể nằm dưới đơn vị \"T99A\".",
				"Dòng 8, cột parent_code: đơn vị \"U6\" không thể là cấp trên của chính nó.",
				"Dòng 9, cột parent_code: đơn vị \"U7\" không phải là tỉnh nên phải có mã đơn vị cấp trên.",
				"Dòng 10, cột parent_code: đơn vị \"U8\" nằm trong một vòng lặp cấp trên (đơn vị là cấp trên của chính nó"
						+ " qua các cấp).");
		assertThat(result.errors()).as("U10 under the bad U1 gets no second error").noneMatch(e -> e.row() == 12);
	}

	@Test
	void aLevelChangeOfAUnitWithChildrenIsRefused() {
		ImportResult result = preview(ImportKind.UNITS, "code,name,type,parent_code\nT99D,Xã Thử D,xã,T99\n");

		assertThat(result.errors()).extracting(ImportProblem::message)
			.containsExactly("Dòng 2, cột parent_code: đơn vị \"T99D\" đã có đơn vị cấp dưới nên không thể đổi cấp.");
	}

	@Test
	void missingRequiredColumnsAreReportedOnTheHeaderRow() {
		ImportResult result = preview(ImportKind.FIGURES, "unit,period,bhyt,bhxh_bb,bhxh_tn,bhtn\nT99A,2023-06,1,,,\n");

		assertThat(result.errors()).containsExactly(new ImportProblem(1, "unit_code",
				"Dòng 1, cột unit_code: thiếu cột bắt buộc \"unit_code\" trong dòng tiêu đề."));
	}

	@Test
	void unreadableFilesGiveOneErrorAtRowZero() {
		ImportResult damaged = imports.preview(ImportKind.FIGURES, "f.xlsx", new byte[] { 'P', 'K', 3, 4, 9 }, VI);
		ImportResult empty = imports.preview(ImportKind.FIGURES, "f.csv", new byte[0], VI);
		ImportResult headerOnly = preview(ImportKind.FIGURES, "unit_code,period,bhyt,bhxh_bb,bhxh_tn,bhtn\n");

		assertThat(damaged.errors()).containsExactly(new ImportProblem(0, "",
				"Không đọc được tệp Excel: tệp .xlsx bị hỏng hoặc không phải là tệp .xlsx."));
		assertThat(empty.errors()).extracting(ImportProblem::row, ImportProblem::message)
			.containsExactly(tuple(0, "Tệp trống: không có dòng tiêu đề."));
		assertThat(headerOnly.errors()).extracting(ImportProblem::message)
			.containsExactly("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
	}

	@Test
	void xlsxErrorsUseTheSheetRowNumbers() {
		ImportResult result = imports.preview(ImportKind.FIGURES, "f.xlsx",
				xlsx(new Object[] { "unit_code", "period", "bhyt", "bhxh_bb", "bhxh_tn", "bhtn" }, new Object[] { "T99A", "2023-06", 12.5 },
						new Object[] {}, new Object[] { "T99B", "2023-06", -4 }),
				VI);

		assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::message).containsExactly(
				tuple(2, "Dòng 2, cột bhyt: \"12.5\" không phải là số nguyên (số người phải là số nguyên)."),
				tuple(4, "Dòng 4, cột bhyt: \"-4\" là số âm."));
	}

	ImportResult preview(ImportKind kind, String text) {
		return imports.preview(kind, kind.path() + ".csv", csv(text), VI);
	}
}
