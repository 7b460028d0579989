package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG that needs no script: one bar per row, its label and value written beside
 * it. It is an image with a title and a description (role="img", aria-labelledby); the numbers are read from the
 * data table beside it, so the chart is a picture of the table, never the only place a number is.
 *
 * @author Livsviktig
 */
public class BarChartSvg {

	public static String render(
		String id, String title, String description, List<String> labels,
		List<Double> values, List<String> formattedValues) {

		double max = 0;

		for (double value : values) {
			max = Math.max(max, value);
		}

		int height = (_BAR_HEIGHT + _GAP) * labels.size() + _GAP;

		StringBuilder sb = new StringBuilder();

		sb.append("<svg aria-labelledby=\"");
		sb.append(escape(id));
		sb.append("Title ");
		sb.append(escape(id));
		sb.append("Desc\" class=\"livsviktig-report-chart\" role=\"img\" ");
		sb.append("viewBox=\"0 0 ");
		sb.append(_WIDTH);
		sb.append(" ");
		sb.append(height);
		sb.append("\" style=\"height: auto; max-width: 100%;\" width=\"");
		sb.append(_WIDTH);
		sb.append("\" xmlns=\"http://www.w3.org/2000/svg\">");
		sb.append("<title id=\"");
		sb.append(escape(id));
		sb.append("Title\">");
		sb.append(escape(title));
		sb.append("</title><desc id=\"");
		sb.append(escape(id));
		sb.append("Desc\">");
		sb.append(escape(description));
		sb.append("</desc>");

		for (int i = 0; i < labels.size(); i++) {
			int y = _GAP + i * (_BAR_HEIGHT + _GAP);

			long barWidth = (max == 0) ? 0 :
				Math.round(values.get(i) / max * _BAR_AREA);

			sb.append("<text fill=\"#272833\" font-size=\"14\" x=\"0\" y=\"");
			sb.append(y + 17);
			sb.append("\">");
			sb.append(escape(labels.get(i)));
			sb.append("</text><rect fill=\"#0b5fff\" height=\"");
			sb.append(_BAR_HEIGHT);
			sb.append("\" width=\"");
			sb.append(barWidth);
			sb.append("\" x=\"");
			sb.append(_LABEL_AREA);
			sb.append("\" y=\"");
			sb.append(y);
			sb.append("\"></rect><text fill=\"#272833\" font-size=\"14\" x=\"");
			sb.append(_LABEL_AREA + barWidth + 6);
			sb.append("\" y=\"");
			sb.append(y + 17);
			sb.append("\">");
			sb.append(escape(formattedValues.get(i)));
			sb.append("</text>");
		}

		sb.append("</svg>");

		return sb.toString();
	}

	/**
	 * Escapes text for SVG markup, attribute values included.
	 */
	public static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (char c : text.toCharArray()) {
			if (c == '&') {
				sb.append("&amp;");
			}
			else if (c == '<') {
				sb.append("&lt;");
			}
			else if (c == '>') {
				sb.append("&gt;");
			}
			else if (c == '"') {
				sb.append("&quot;");
			}
			else if (c == '\'') {
				sb.append("&#39;");
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString();
	}

	private static final int _BAR_AREA = 400;

	private static final int _BAR_HEIGHT = 24;

	private static final int _GAP = 8;

	private static final int _LABEL_AREA = 300;

	private static final int _WIDTH = 760;

}
