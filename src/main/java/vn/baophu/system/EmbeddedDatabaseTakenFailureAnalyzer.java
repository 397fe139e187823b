package vn.baophu.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the embedded database could not start, and what to do, instead of a stack trace. */
class EmbeddedDatabaseTakenFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseTakenException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseTakenException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
