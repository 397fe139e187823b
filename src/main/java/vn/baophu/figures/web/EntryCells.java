package vn.baophu.figures.web;

import vn.baophu.figures.Scheme;

/** Element ids of grid cells, shared by the form reader, the controller and the template. */
final class EntryCells {

	private EntryCells() {
	}

	static String id(String unitCode, Scheme scheme) {
		return "cell-" + unitCode + "-" + scheme.column();
	}
}
