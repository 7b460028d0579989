package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The chart is an image with its title and description, escapes every text, and draws the largest value widest.
 *
 * @author Livsviktig
 */
class BarChartSvgTest {

	@Test
	void itIsAnImageNamedByItsTitleAndDescription() {
		String svg = BarChartSvg.render(
			"chart", "Anmälningar", "En stapel per förvaltning",
			List.of("Socialförvaltningen"), List.of(12.0), List.of("12"));

		assertTrue(svg.startsWith("<svg aria-labelledby=\"chartTitle chartDesc\""));
		assertTrue(svg.contains("role=\"img\""));
		assertTrue(svg.contains("<title id=\"chartTitle\">Anmälningar</title>"));
		assertTrue(
			svg.contains(
				"<desc id=\"chartDesc\">En stapel per förvaltning</desc>"));
		assertFalse(svg.contains("<script"));
	}

	@Test
	void everyTextIsEscaped() {
		String svg = BarChartSvg.render(
			"chart", "<b>Title</b>", "\"desc\"",
			List.of("Vård & <i>omsorg</i>"), List.of(1.0), List.of("1"));

		assertFalse(svg.contains("<b>"));
		assertFalse(svg.contains("<i>"));
		assertTrue(svg.contains("Vård &amp; &lt;i&gt;omsorg&lt;/i&gt;"));
		assertTrue(svg.contains("&quot;desc&quot;"));
	}

	@Test
	void theLargestValueHasTheWidestBarAndZeroNone() {
		String svg = BarChartSvg.render(
			"chart", "t", "d", List.of("a", "b", "c"),
			List.of(10.0, 5.0, 0.0), List.of("10", "5", "0"));

		assertTrue(svg.contains("width=\"400\""));
		assertTrue(svg.contains("width=\"200\""));
		assertTrue(svg.contains("width=\"0\""));
	}

}
