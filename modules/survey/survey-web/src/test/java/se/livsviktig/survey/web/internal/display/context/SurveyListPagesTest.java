package se.livsviktig.survey.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class SurveyListPagesTest {

	@Test
	public void twentyOneSurveysMakeTwoPagesOfTwentyAndOne() {
		SurveyListPages pages = new SurveyListPages(2, 21, _URL);

		assertEquals(2, pages.getPageCount());
		assertEquals(20, pages.getStart());
		assertEquals(40, pages.getEnd());
		assertTrue(pages.isShow());

		List<SurveyListPages.Page> links = pages.getPages();

		assertEquals(2, links.size());
		assertEquals("?cur=1", links.get(0).getURL());
		assertFalse(links.get(0).isCurrent());
		assertTrue(links.get(1).isCurrent());
	}

	@Test
	public void twentySurveysAreOnePageWithoutLinks() {
		SurveyListPages pages = new SurveyListPages(1, 20, _URL);

		assertEquals(1, pages.getPageCount());
		assertEquals(0, pages.getStart());
		assertEquals(20, pages.getEnd());
		assertFalse(pages.isShow());
	}

	@Test
	public void aPageOutOfRangeShowsTheNearestPage() {
		assertEquals(2, new SurveyListPages(9, 21, _URL).getCurrent());
		assertEquals(1, new SurveyListPages(0, 21, _URL).getCurrent());
		assertEquals(1, new SurveyListPages(3, 0, _URL).getCurrent());
	}

	private static final java.util.function.IntFunction<String> _URL =
		number -> "?cur=" + number;

}
