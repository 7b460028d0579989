package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

public class SvgBarChartTest {

	@Test
	public void barLengthsFollowTheCounts() throws Exception {
		Document document = _parse(
			new SvgBarChart(ResultsBundles.english(), 5).render(
				"q1", "Title", "",
				Arrays.asList(
					ChartBar.shown("Yes", 40), ChartBar.shown("No", 10))));

		List<Element> bars = _bars(document);

		assertEquals(2, bars.size());
		assertEquals(
			4 * Double.parseDouble(bars.get(1).getAttribute("width")),
			Double.parseDouble(bars.get(0).getAttribute("width")));
	}

	@Test
	public void chartIsAnImageNamedByItsTitleAndDescription() throws Exception {
		Document document = _parse(
			new SvgBarChart(ResultsBundles.english(), 5).render(
				"q7", "Did you use it?", "Follow-up, 2026",
				Arrays.asList(
					ChartBar.shown("Yes", 12), ChartBar.suppressed("No"))));

		Element svg = document.getDocumentElement();

		assertEquals("svg", svg.getLocalName());
		assertEquals("img", svg.getAttribute("role"));
		assertEquals("q7-title q7-desc", svg.getAttribute("aria-labelledby"));
		assertEquals(
			"Did you use it?", _byId(document, "title", "q7-title"));
		assertEquals(
			"Follow-up, 2026. Yes: 12; No: fewer than 5 responses",
			_byId(document, "desc", "q7-desc"));
	}

	@Test
	public void colorsHaveEnoughContrast() {
		assertTrue(
			_contrast(SvgBarChart.BAR_COLOR, SvgBarChart.BACKGROUND_COLOR) >=
				3.0);
		assertTrue(
			_contrast(SvgBarChart.TEXT_COLOR, SvgBarChart.BACKGROUND_COLOR) >=
				4.5);
		assertTrue(
			_contrast(SvgBarChart.NOTE_COLOR, SvgBarChart.BACKGROUND_COLOR) >=
				4.5);
	}

	@Test
	public void labelsAreEscaped() throws Exception {
		String label = "<script>alert('x')</script> & \"quoted\"";

		Document document = _parse(
			new SvgBarChart(ResultsBundles.english(), 5).render(
				"q1", "</title><script>x()</script>", label,
				Arrays.asList(ChartBar.shown(label, 3))));

		assertEquals(0, document.getElementsByTagName("script").getLength());
		assertEquals(label, _texts(document).get(0));
		assertEquals(
			"</title><script>x()</script>",
			_byId(document, "title", "q1-title"));
	}

	@Test
	public void noScriptAndNoEventHandlers() throws Exception {
		Document document = _parse(
			new SvgBarChart(ResultsBundles.english(), 5).render(
				"q1", "T", "D",
				Arrays.asList(
					ChartBar.shown("A", 5), ChartBar.suppressed("B"))));

		NodeList elements = document.getElementsByTagName("*");

		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element)elements.item(i);

			assertFalse("script".equals(element.getLocalName()));

			NamedNodeMap attributes = element.getAttributes();

			for (int j = 0; j < attributes.getLength(); j++) {
				assertFalse(
					attributes.item(j).getNodeName().startsWith("on"),
					attributes.item(j).getNodeName());
			}
		}
	}

	@Test
	public void suppressedCountIsTextInTheChartsLanguageNeverABar()
		throws Exception {

		Document swedish = _parse(
			new SvgBarChart(ResultsBundles.swedish(), 5).render(
				"q1", "T", "",
				Arrays.asList(
					ChartBar.shown("Ja", 30), ChartBar.suppressed("Nej"))));

		assertEquals(1, _bars(swedish).size());
		assertTrue(_texts(swedish).contains("färre än 5 svar"));
		assertFalse(_texts(swedish).contains("Nej: 3"));

		Document english = _parse(
			new SvgBarChart(ResultsBundles.english(), 3).render(
				"q1", "T", "", Arrays.asList(ChartBar.suppressed("No"))));

		assertEquals(0, _bars(english).size());
		assertTrue(_texts(english).contains("fewer than 3 responses"));
	}

	@Test
	public void unsafeIdIsRefused() {
		org.junit.jupiter.api.Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> new SvgBarChart(ResultsBundles.english(), 5).render(
				"q1\" onload=\"x", "T", "", new ArrayList<>()));
	}

	private static List<Element> _bars(Document document) {
		List<Element> bars = new ArrayList<>();

		NodeList rects = document.getElementsByTagName("rect");

		for (int i = 0; i < rects.getLength(); i++) {
			Element rect = (Element)rects.item(i);

			if ("survey-chart-bar".equals(rect.getAttribute("class"))) {
				bars.add(rect);
			}
		}

		return bars;
	}

	private static String _byId(Document document, String tag, String id) {
		NodeList nodes = document.getElementsByTagName(tag);

		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element)nodes.item(i);

			if (id.equals(element.getAttribute("id"))) {
				return element.getTextContent();
			}
		}

		throw new AssertionError("No " + tag + " with id " + id);
	}

	/**
	 * WCAG 2.1's contrast ratio, computed here rather than trusted from the
	 * chart's comments.
	 */
	private static double _contrast(String color1, String color2) {
		double l1 = _luminance(color1);
		double l2 = _luminance(color2);

		return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
	}

	private static double _luminance(String hex) {
		double[] channels = new double[3];

		for (int i = 0; i < 3; i++) {
			double value =
				Integer.parseInt(hex.substring(1 + (2 * i), 3 + (2 * i)), 16) /
					255.0;

			channels[i] = (value <= 0.03928) ? value / 12.92 :
				Math.pow((value + 0.055) / 1.055, 2.4);
		}

		return (0.2126 * channels[0]) + (0.7152 * channels[1]) +
			(0.0722 * channels[2]);
	}

	private static Document _parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

		factory.setNamespaceAware(true);

		return factory.newDocumentBuilder(
		).parse(
			new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))
		);
	}

	private static List<String> _texts(Document document) {
		List<String> texts = new ArrayList<>();

		NodeList nodes = document.getElementsByTagName("text");

		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}

		return texts;
	}

}
