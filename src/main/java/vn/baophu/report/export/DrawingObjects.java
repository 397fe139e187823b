package vn.baophu.report.export;

import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import vn.baophu.report.export.PdfRenderer.Drawing;

/**
 * Fills the {@code <object>} elements of {@link PdfRenderer#DRAWING_TYPE} with the drawing they name, on
 * the renderer's vector {@code Graphics2D}; any other {@code <object>} stays empty.
 */
record DrawingObjects(Map<String, Drawing> byName) implements FSObjectDrawerFactory {

	@Override
	public @Nullable FSObjectDrawer createDrawer(Element element) {
		Drawing drawing = find(element);
		if (drawing == null) {
			return null;
		}
		// x, y, width and height come in the renderer's dots; the graphics measure in CSS pixels
		return (e, x, y, width, height, device, context, dotsPerPixel) -> {
			float w = (float) width / dotsPerPixel;
			float h = (float) height / dotsPerPixel;
			device.drawWithGraphics((float) x, (float) y, w, h,
					graphics -> drawing.draw(graphics, new Rectangle2D.Float(0, 0, w, h)));
			return Map.of();
		};
	}

	@Override
	public boolean isReplacedObject(Element element) {
		return find(element) != null;
	}

	private @Nullable Drawing find(Element element) {
		return PdfRenderer.DRAWING_TYPE.equals(element.getAttribute("type"))
				? byName.get(element.getAttribute(PdfRenderer.DRAWING_ATTRIBUTE)) : null;
	}
}
