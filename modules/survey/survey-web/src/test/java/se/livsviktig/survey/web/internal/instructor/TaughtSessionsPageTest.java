package se.livsviktig.survey.web.internal.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.LocalizationUtil;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.training.staffing.TaughtSession;

public class TaughtSessionsPageTest {

	@BeforeEach
	public void setUp() {
		Localization localization = mock(Localization.class);

		// The course title as the XML holds it, as the portal's Localization
		// reads a one-language title

		when(
			localization.getLocalization(anyString(), anyString())
		).thenAnswer(
			invocation -> {
				String xml = invocation.getArgument(0);

				return xml.substring(
					xml.lastIndexOf("\">") + 2, xml.indexOf("</Title>"));
			}
		);

		_previousLocalization = LocalizationUtil.getLocalization();

		new LocalizationUtil().setLocalization(localization);
	}

	@AfterEach
	public void tearDown() {
		new LocalizationUtil().setLocalization(_previousLocalization);
	}

	@Test
	public void aPageAsksForOneRowMoreThanItShows() {
		assertEquals(0, TaughtSessionsPage.start(1));
		assertEquals(20, TaughtSessionsPage.start(2));
		assertEquals(0, TaughtSessionsPage.start(0), "page 0 is the first");
	}

	@Test
	public void theExtraRowSaysThereIsANextPageAndIsNotShown() {
		TaughtSessionsPage full = _page(1, 21);

		assertEquals(20, full.getRows().size());
		assertTrue(full.hasNext());
		assertFalse(full.hasPrevious());

		TaughtSessionsPage last = _page(2, 20);

		assertEquals(20, last.getRows().size());
		assertFalse(last.hasNext());
		assertTrue(last.hasPrevious());
	}

	@Test
	public void eachRowHasTheCourseItsDaysAndItsResultsLink() {
		TaughtSessionsPage page = _page(1, 1);

		TaughtSessionsPage.Row row = page.getRows(
		).get(
			0
		);

		assertEquals("Första hjälpen 0", row.getCourseTitle());
		assertEquals("3 mars 2026", row.getStartDay());
		assertEquals("4 mars 2026", row.getEndDay());
		assertEquals("results?courseSessionId=500", row.getResultsURL());
	}

	private static TaughtSessionsPage _page(int page, int rows) {
		List<TaughtSession> taughtSessions = new ArrayList<>();

		for (int i = 0; i < rows; i++) {
			taughtSessions.add(
				new TaughtSession(
					500 + i, 70, 80,
					"<?xml version='1.0' encoding='UTF-8'?><root " +
						"available-locales=\"sv_SE\" default-locale=\"sv_SE\">" +
							"<Title language-id=\"sv_SE\">Första hjälpen " + i +
								"</Title></root>",
					Date.from(java.time.Instant.parse("2026-03-03T08:00:00Z")),
					Date.from(
						java.time.Instant.parse("2026-03-04T15:00:00Z"))));
		}

		return new TaughtSessionsPage(
			page, taughtSessions, new Locale("sv", "SE"),
			ZoneId.of("Europe/Stockholm"),
			courseSessionId -> "results?courseSessionId=" + courseSessionId);
	}

	private Localization _previousLocalization;

}
