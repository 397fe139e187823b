package vn.baophu.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.baophu.support.BaophuTest;
import vn.baophu.support.MovableClock;
import vn.baophu.support.MovableClock.MutableClock;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a month asked for and without figures, a gap table opens on this month and the entry grid
 * on the last one, by the application's clock in Vietnam: at 01:00 on 1 March in Vietnam it is still
 * 28 February on a server running in UTC.
 */
@BaophuTest
@Import(MovableClock.class)
class DefaultMonthTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void theMonthIsVietnamsByTheApplicationsClock() throws Exception {
		mvc.perform(post("/api/v1/import/units").with(httpBasic("admin", "admin")).contentType("text/csv")
			.content("""
					code,name,type,parent_code
					DMTP,Tỉnh Đồng Hồ,tỉnh,
					DMTX,Xã Đồng Hồ,xã,DMTP
					""".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
		clock.set(LocalDate.of(2031, 3, 1));
		clock.advance(Duration.ofHours(-8));

		mvc.perform(get("/units/DMTP/gap").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tính đến ngày 31/03/2031")));
		mvc.perform(get("/units/DMTP/entry").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("02/2031")));
	}
}
