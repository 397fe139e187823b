package vn.baophu.system;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.baophu.shared.StartupStep;

/**
 * Runs every {@link StartupStep} in order during start-up, in a lifecycle phase before the web
 * server's: the port opens (and readiness turns UP, which Boot reports after that) only once the
 * administrator account and the demo data are in place. A failing step stops the start.
 */
@Component
@RequiredArgsConstructor
class StartupSteps implements SmartLifecycle {

	/** Before the web server's start phase (which is {@code DEFAULT_PHASE - 2048}). */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

	private final ObjectProvider<StartupStep> steps;
	private volatile boolean running;

	@Override
	public void start() {
		steps.orderedStream().forEach(step -> {
			log.debug("Start-up step {}", step.getClass().getSimpleName());
			step.run();
		});
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}
