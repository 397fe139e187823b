package vn.baophu.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A period is stored as the first day of its month. */
@Converter
class YearMonthConverter implements AttributeConverter<YearMonth, LocalDate> {

	@Override
	public LocalDate convertToDatabaseColumn(YearMonth period) {
		return period == null ? null : period.atDay(1);
	}

	@Override
	public YearMonth convertToEntityAttribute(LocalDate date) {
		return date == null ? null : YearMonth.from(date);
	}
}
