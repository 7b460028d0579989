package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.LocalizationUtil;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * "Sessions I taught": each session with its course's title in the reader's language, the method's name and the
 * days in the reader's time zone, in training's order; none gives no rows.
 *
 * @author Livsviktig
 */
public class TaughtSessionRowsTest {

	@Test
	public void eachSessionWithItsCourseMethodAndDays() {
		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(Locale.US)
		).thenReturn(
			"MHFA Adult"
		);
		when(
			trainingMethodLocalService.fetchTrainingMethod(_MHFA_ID)
		).thenReturn(
			trainingMethod
		);

		Localization localization = mock(Localization.class);

		when(
			localization.getLocalization(_TITLE_XML, "en_US")
		).thenReturn(
			"Mental Health First Aid"
		);

		Localization previous = LocalizationUtil.getLocalization();

		new LocalizationUtil().setLocalization(localization);

		try {
			List<TaughtSessionRow> rows = _taughtSessionRows(
				trainingMethodLocalService
			).toRows(
				List.of(
					new TaughtSession(
						3, 30, _MHFA_ID, _TITLE_XML,
						_date("2031-05-20T07:00:00Z"),
						_date("2031-05-21T15:00:00Z")),
					new TaughtSession(
						2, 30, _MHFA_ID, _TITLE_XML,
						_date("2031-02-03T08:00:00Z"),
						_date("2031-02-03T16:00:00Z")))
			);

			assertEquals(2, rows.size());
			assertEquals(
				"Mental Health First Aid", rows.get(0).getCourseTitle());
			assertEquals("MHFA Adult", rows.get(0).getTrainingMethodName());
			assertEquals("May 20, 2031 – May 21, 2031", rows.get(0).getDays());
			assertEquals("Feb 3, 2031", rows.get(1).getDays());
		}
		finally {
			new LocalizationUtil().setLocalization(previous);
		}
	}

	@Test
	public void noSessionsNoRows() {
		assertEquals(
			List.of(),
			_taughtSessionRows(
				mock(TrainingMethodLocalService.class)
			).toRows(
				List.of()
			));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static TaughtSessionRows _taughtSessionRows(
		TrainingMethodLocalService trainingMethodLocalService) {

		return new TaughtSessionRows(
			new CertificationRows(
				mock(UserLocalService.class), trainingMethodLocalService,
				Locale.US, _ZONE),
			new DateRangeFormat(Locale.US, _ZONE), Locale.US);
	}

	private static final long _MHFA_ID = 1;

	private static final String _TITLE_XML =
		"<root><Title language-id=\"en_US\">Mental Health First Aid</Title></root>";

	private static final ZoneId _ZONE = ZoneId.of("Europe/Stockholm");

}
