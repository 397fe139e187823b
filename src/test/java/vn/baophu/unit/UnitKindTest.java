package vn.baophu.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit types as the official lists write them, and the short forms users type. */
class UnitKindTest {

	@ParameterizedTest
	@CsvSource({ "Tỉnh,TINH", "Thành phố trực thuộc trung ương,THANH_PHO", "Thành phố thuộc tỉnh,THANH_PHO",
			"Thành phố thuộc thành phố trực thuộc trung ương,THANH_PHO", "THÀNH PHỐ,THANH_PHO", "Thị xã,THI_XA",
			"Huyện,HUYEN", "Quận,QUAN", "Xã,XA", "Phường,PHUONG", "Thị trấn,THI_TRAN", "Đặc khu,DAC_KHU",
			"thi_tran,THI_TRAN", "commune,COMMUNE" })
	void readsTheOfficialTypeNames(String text, UnitKind kind) {
		assertThat(UnitKind.parse(text)).contains(kind);
	}

	@ParameterizedTest
	@CsvSource({ "Thành phố thuộc huyện", "Ấp", "''" })
	void refusesWhatIsNoType(String text) {
		assertThat(UnitKind.parse(text)).isEmpty();
	}
}
