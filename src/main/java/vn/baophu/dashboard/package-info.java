/**
 * The leaders' dashboard of a unit and month: headline cards per indicator coloured by how far behind
 * the pace to the target the unit is, the trend this year against last year, the ranking of the units
 * below with their biggest drops, the year-end outlook at the current pace, and early warnings. The
 * month's numbers come from the gap table (so both always agree); the trend is one SQL aggregate per
 * table over the subtree, and every rate is computed by the coverage core. Read live, never cached.
 * Its PDF and the monthly meeting pack use the report module's PDF renderer and gap-table files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coverage", "report", "report :: exports", "report :: pdf", "school", "shared", "task", "timeliness", "unit", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.dashboard;
