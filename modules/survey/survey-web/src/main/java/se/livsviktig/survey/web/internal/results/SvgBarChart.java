package se.livsviktig.survey.web.internal.results;

import java.text.MessageFormat;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Draws one question's distribution as an SVG bar chart written on the
 * server: no script, so it shows the same in every browser and in a saved
 * page. {@code role="img"} with a title and a description that reads every
 * bar, for screen readers; the data table beside the chart carries the same
 * figures. A suppressed count is written as text ("fewer than 5
 * responses"), never as a bar, so neither the length nor a hidden value can
 * give it away.
 */
public class SvgBarChart {

	/**
	 * Clay's primary blue on white: 4.9:1, above the 3:1 that WCAG 1.4.11
	 * asks of graphics.
	 */
	public static final String BAR_COLOR = "#0b5fff";

	public static final String BACKGROUND_COLOR = "#ffffff";

	/**
	 * Clay's body text on white: 14.5:1.
	 */
	public static final String TEXT_COLOR = "#272833";

	/**
	 * Clay's secondary text on white: 5.3:1, for the suppressed note.
	 */
	public static final String NOTE_COLOR = "#6b6c7e";

	public static final String KEY_FEWER_THAN_X_RESPONSES =
		"survey-fewer-than-x-responses";

	public SvgBarChart(ResourceBundle resourceBundle, int minimumRespondents) {
		_resourceBundle = resourceBundle;
		_minimumRespondents = minimumRespondents;
	}

	/**
	 * The text written instead of a suppressed count, in the chart and in
	 * the CSV export alike.
	 */
	public String getSuppressedText() {
		return MessageFormat.format(
			_resourceBundle.getString(KEY_FEWER_THAN_X_RESPONSES),
			String.valueOf(_minimumRespondents));
	}

	/**
	 * @param id a page-unique id (letters, digits, - and _) for the title and
	 *           description the SVG points at
	 */
	public String render(
		String id, String title, String description, List<ChartBar> bars) {

		if (!_ID_PATTERN.matcher(id).matches()) {
			throw new IllegalArgumentException("Unsafe chart id " + id);
		}

		long maximum = 0;

		for (ChartBar bar : bars) {
			maximum = Math.max(maximum, bar.getCount().orElse(0));
		}

		int height = _TOP + (bars.size() * _ROW_HEIGHT);

		StringBuilder sb = new StringBuilder();

		sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ");
		sb.append("width=\"");
		sb.append(_WIDTH);
		sb.append("\" height=\"");
		sb.append(height);
		sb.append("\" viewBox=\"0 0 ");
		sb.append(_WIDTH);
		sb.append(' ');
		sb.append(height);
		sb.append("\" aria-labelledby=\"");
		sb.append(id);
		sb.append("-title ");
		sb.append(id);
		sb.append("-desc\" font-family=\"system-ui, sans-serif\" ");
		sb.append("font-size=\"14\">");
		sb.append("<title id=\"");
		sb.append(id);
		sb.append("-title\">");
		sb.append(_escape(title));
		sb.append("</title><desc id=\"");
		sb.append(id);
		sb.append("-desc\">");
		sb.append(_escape(_describe(description, bars)));
		sb.append("</desc>");
		sb.append("<rect width=\"100%\" height=\"100%\" fill=\"");
		sb.append(BACKGROUND_COLOR);
		sb.append("\"/>");

		int y = _TOP;

		for (ChartBar bar : bars) {
			_appendText(sb, 0, y + 14, TEXT_COLOR, null, bar.getLabel());

			int barTop = y + 20;

			if (bar.getCount().isPresent()) {
				long count = bar.getCount().getAsLong();

				long width = (maximum == 0) ? 0 :
					Math.round((double)count * _BAR_SPACE / maximum);

				sb.append("<rect class=\"survey-chart-bar\" x=\"0\" y=\"");
				sb.append(barTop);
				sb.append("\" width=\"");
				sb.append(width);
				sb.append("\" height=\"");
				sb.append(_BAR_HEIGHT);
				sb.append("\" fill=\"");
				sb.append(BAR_COLOR);
				sb.append("\"/>");

				_appendText(
					sb, (int)width + 6, barTop + 15, TEXT_COLOR, null,
					String.valueOf(count));
			}
			else {
				_appendText(
					sb, 0, barTop + 15, NOTE_COLOR, "italic",
					getSuppressedText());
			}

			y += _ROW_HEIGHT;
		}

		sb.append("</svg>");

		return sb.toString();
	}

	private static void _appendText(
		StringBuilder sb, int x, int y, String color, String fontStyle,
		String text) {

		sb.append("<text x=\"");
		sb.append(x);
		sb.append("\" y=\"");
		sb.append(y);
		sb.append("\" fill=\"");
		sb.append(color);
		sb.append('"');

		if (fontStyle != null) {
			sb.append(" font-style=\"");
			sb.append(fontStyle);
			sb.append('"');
		}

		sb.append('>');
		sb.append(_escape(text));
		sb.append("</text>");
	}

	/**
	 * Escapes for XML text and attributes alike, and drops the control
	 * characters XML 1.0 cannot hold, which would make the page unreadable.
	 */
	private static String _escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

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
			else if ((c < 0x20) && (c != '\t') && (c != '\n') && (c != '\r')) {
				sb.append(' ');
			}
			else {
				sb.append(c);
			}
		}

		return sb.toString();
	}

	private String _describe(String description, List<ChartBar> bars) {
		StringBuilder sb = new StringBuilder();

		if ((description != null) && !description.isEmpty()) {
			sb.append(description);
			sb.append(". ");
		}

		for (int i = 0; i < bars.size(); i++) {
			ChartBar bar = bars.get(i);

			if (i > 0) {
				sb.append("; ");
			}

			sb.append(bar.getLabel());
			sb.append(": ");

			if (bar.getCount().isPresent()) {
				sb.append(bar.getCount().getAsLong());
			}
			else {
				sb.append(getSuppressedText());
			}
		}

		return sb.toString();
	}

	private static final int _BAR_HEIGHT = 20;

	private static final int _BAR_SPACE = 520;

	private static final Pattern _ID_PATTERN = Pattern.compile(
		"[A-Za-z_][A-Za-z0-9_-]*");

	private static final int _ROW_HEIGHT = 52;

	private static final int _TOP = 4;

	private static final int _WIDTH = 600;

	private final int _minimumRespondents;
	private final ResourceBundle _resourceBundle;

}
