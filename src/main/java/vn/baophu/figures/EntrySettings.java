package vn.baophu.figures;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param jumpThreshold a figure moving more than this share from last month must be confirmed (0.10 = 10 %) */
@ConfigurationProperties("baophu.entry")
record EntrySettings(@DefaultValue("0.10") BigDecimal jumpThreshold) {
}
