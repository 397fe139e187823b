package vn.baophu.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures failed sign-ins in a row that lock the account
 * @param lockFor how long the account stays locked
 */
@ConfigurationProperties("baophu.sign-in")
record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
