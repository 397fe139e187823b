/**
 * Deadlines in plain Java (no Spring, no JPA): one-off or recurring every week, month, quarter or year,
 * their cycles and due dates, what a weekend does to them, and how task files and forms write them.
 * Tasks follow them, and so does the monthly reporting deadline of the timeliness module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.baophu.deadline;
