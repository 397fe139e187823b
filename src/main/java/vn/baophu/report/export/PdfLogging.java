package vn.baophu.report.export;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J instead of its own console handler: its progress reports at
 * debug, and the CSS it skips (shared style sheets use properties a PDF has no use for) at debug
 * too; real problems stay warnings and errors.
 */
final class PdfLogging implements XRLogger {

	private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

	private PdfLogging() {
	}

	static void install() {
		XRLog.setLoggerImpl(new PdfLogging());
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, @Nullable Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			LOG.error("{}: {}", where, message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue() && !XRLog.CSS_PARSE.equals(where)) {
			LOG.warn("{}: {}", where, message, error);
		}
		else {
			LOG.debug("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// the levels are SLF4J's
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		boolean warning = diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				&& !XRLog.CSS_PARSE.equals(diagnostic.getLogMessageId().getWhere());
		return warning ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
	}
}
