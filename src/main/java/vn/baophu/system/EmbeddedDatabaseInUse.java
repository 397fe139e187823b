package vn.baophu.system;

/** Present when the application runs on the embedded demo database (no real server configured). */
record EmbeddedDatabaseInUse(String jdbcUrl) {
}
