package vn.baophu.task;

/** How many tasks of a subtree are overdue, due soon (within {@code dueSoonDays}), and in all. */
public record BoardCounts(int overdue, int dueSoon, int all, int dueSoonDays) {
}
