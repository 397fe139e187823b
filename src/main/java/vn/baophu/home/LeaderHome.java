package vn.baophu.home;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import vn.baophu.dashboard.Dashboard;

/**
 * The home page of leaders: the dashboard of their unit for the latest complete month, else for the
 * newest month with figures ({@code complete} says which; {@code dashboard} is null without figures).
 */
public record LeaderHome(HomeScope scope, @Nullable YearMonth period, boolean complete, @Nullable Dashboard dashboard) {
}
