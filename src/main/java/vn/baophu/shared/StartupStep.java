package vn.baophu.shared;

/**
 * Work that must be done before the application takes requests (the administrator account, the
 * demo data). Steps run in their {@code @Order}, before the web server opens its port and before
 * readiness is reported, so no request ever sees a half-prepared database.
 */
@FunctionalInterface
public interface StartupStep {

	void run();
}
