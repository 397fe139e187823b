package vn.baophu.report.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders any Thymeleaf template with a model to PDF: the application's template engine writes the
 * page in the given language, openhtmltopdf lays it out. The template must be well-formed XHTML
 * (void tags self-closed, no named entities but the XML ones). Text is set in DejaVu Sans, embedded
 * (subset) so every Vietnamese diacritic prints wherever the file is opened; the fonts and their
 * licence are in {@code resources/fonts}. The renderer reads nothing from outside but the
 * application's own style sheets under {@code /css/}: no network, no files.
 * <p>
 * A template may leave room for a {@link Drawing} (a chart): {@code <object type="application/x-baophu-drawing"
 * data-drawing="name"></object>}, sized by CSS. The drawing is drawn there on a {@code Graphics2D} that writes
 * PDF operators, so it stays vector graphics and its text, set in {@link #drawingFont}, is text in the
 * embedded font (it prints sharp, and can be searched and copied).
 * <p>
 * Other modules may use it (the dashboard renders its print view with it).
 */
@Component
@NamedInterface("pdf")
public class PdfRenderer {

	/** The family name templates use: {@code font-family: 'DejaVu Sans'}; also every page's default. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	/** The {@code type} of an {@code <object>} element that a {@link Drawing} fills. */
	public static final String DRAWING_TYPE = "application/x-baophu-drawing";

	/** The attribute of such an element that names its drawing. */
	public static final String DRAWING_ATTRIBUTE = "data-drawing";

	private static final String STYLESHEETS = "/css/";
	/** How a resolved style sheet of the application is named for the renderer's stream factory. */
	private static final String SCHEME = "baophu-static";

	private final SpringTemplateEngine templates;
	private final ApplicationContext applicationContext;
	private final byte[] regular;
	private final byte[] bold;
	/** The regular face as an AWT font, for drawings. */
	private final Font drawingFont;

	PdfRenderer(SpringTemplateEngine templates, ApplicationContext applicationContext) {
		PdfLogging.install();
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
		this.drawingFont = awtFont(regular);
	}

	/**
	 * Something drawn into the page where the template has an {@code <object>} of {@link #DRAWING_TYPE}
	 * naming it: {@code area} starts at 0,0 and is the element's box in CSS pixels (1 px = 0.75 pt).
	 */
	@FunctionalInterface
	@NamedInterface("pdf")
	public interface Drawing {

		void draw(Graphics2D graphics, Rectangle2D area);
	}

	/**
	 * The embedded regular face at a size in CSS pixels, for the text of a drawing: in the PDF it is set in
	 * the embedded font, whatever fonts the machine has (an AWT font of a family the machine lacks would be
	 * drawn as outlines).
	 */
	public Font drawingFont(float size) {
		return drawingFont.deriveFont(Font.PLAIN, size);
	}

	/**
	 * The template rendered with the model in the locale's language, as PDF. Messages ({@code #{…}})
	 * come from the application's bundles; beans ({@code @name}) are reachable as in any view. Links
	 * ({@code @{…}}) need {@link #render(String, Map, Locale, HttpServletRequest, HttpServletResponse)}.
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return toPdf(templates.process(template, new Context(locale, variables(model))));
	}

	/** As {@link #render(String, Map, Locale)}, for a view that builds links and reads the request. */
	public byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return render(template, model, locale, request, response, Map.of());
	}

	/** As {@link #render(String, Map, Locale, HttpServletRequest, HttpServletResponse)}, with drawings by name. */
	public byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Map<String, Drawing> drawings) {
		return toPdf(xhtml(template, model, locale, request, response), drawings);
	}

	/** The XHTML that {@link #render(String, Map, Locale, HttpServletRequest, HttpServletResponse)} lays out. */
	public String xhtml(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		IContext context = new WebContext(exchange, locale, variables(model));
		return templates.process(template, context);
	}

	/** Well-formed XHTML as PDF. */
	public byte[] toPdf(String xhtml) {
		return toPdf(xhtml, Map.of());
	}

	/** Well-formed XHTML as PDF, its {@code <object>} elements of {@link #DRAWING_TYPE} filled by name. */
	public byte[] toPdf(String xhtml, Map<String, Drawing> drawings) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.addDOMMutator(PdfRenderer::defaultFont);
			builder.useUriResolver(PdfRenderer::resolve);
			builder.useProtocolsStreamImplementation(PdfRenderer::stylesheet, SCHEME);
			builder.useObjectDrawerFactory(new DrawingObjects(Map.copyOf(drawings)));
			builder.useExternalResourceAccessControl((uri, type) -> type == ExternalResourceType.CSS,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> type == ExternalResourceType.CSS
					&& uri != null && uri.startsWith(SCHEME + ":"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("baophu");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Object> variables(Map<String, Object> model) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		return variables;
	}

	/** The application's own style sheets ({@code /css/x.css}); nothing else is resolved. */
	private static @Nullable String resolve(@Nullable String baseUri, String uri) {
		// the renderer resolves a URI again before loading it
		String path = uri.startsWith(SCHEME + ":") ? uri.substring(SCHEME.length() + 1) : uri;
		return path.matches("/css/[A-Za-z0-9_-]+\\.css") ? SCHEME + ":" + path : null;
	}

	/** A style sheet of the application, read from {@code static/css} on the classpath. */
	private static FSStream stylesheet(String uri) {
		ClassPathResource css = new ClassPathResource("static" + uri.substring(SCHEME.length() + 1));
		return new FSStream() {
			@Override
			public @Nullable InputStream getStream() {
				try {
					return css.getInputStream();
				}
				catch (IOException ex) {
					return null;
				}
			}

			@Override
			public @Nullable Reader getReader() {
				InputStream in = getStream();
				return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
			}
		};
	}

	/**
	 * The embedded font as every page's default, first in the head so that the page's own styles
	 * override it: without it a page naming no font would fall back to PDF's built-in fonts, which
	 * have no Vietnamese letters.
	 */
	private static void defaultFont(Document document) {
		Node head = document.getElementsByTagName("head").item(0);
		if (head != null) {
			Element style = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "style");
			style.setTextContent("body { font-family: '" + FONT_FAMILY + "'; }");
			head.insertBefore(style, head.getFirstChild());
		}
	}

	private static Font awtFont(byte[] ttf) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("The embedded font cannot be read", ex);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font missing from the classpath: " + path, ex);
		}
	}
}
