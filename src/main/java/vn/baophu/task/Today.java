package vn.baophu.task;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import vn.baophu.shared.VietnamTime;

/** Today and now by the clock bean, as the users live them (Vietnam's time zone, whatever the clock's). */
@Component
@RequiredArgsConstructor
class Today {

	private final Clock clock;

	LocalDate date() {
		return VietnamTime.today(clock);
	}

	Instant now() {
		return clock.instant();
	}
}
