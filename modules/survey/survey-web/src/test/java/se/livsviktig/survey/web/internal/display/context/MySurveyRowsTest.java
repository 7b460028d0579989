package se.livsviktig.survey.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;

/**
 * Mina enkäter lists the invitation closing first on top, names its survey and course in the reader's language,
 * writes the closing day in the reader's time zone, and still lists an invitation whose survey or session is gone.
 *
 * @author Livsviktig
 */
public class MySurveyRowsTest {

	@Test
	public void theInvitationClosingFirstIsOnTop() {
		List<MySurveyRow> rows = _rows(
		).of(
			List.of(
				_invitation(2, 41, 51, "2031-05-01T10:00:00Z"),
				_invitation(1, 41, 51, "2031-03-01T10:00:00Z"))
		);

		assertEquals("answer-1", rows.get(0).getAnswerURL());
		assertEquals("answer-2", rows.get(1).getAnswerURL());
	}

	@Test
	public void theSurveyAndCourseAreNamedAndTheDayIsTheReaders() {
		MySurveyRow row = _rows(
		).of(
			List.of(_invitation(1, 41, 51, "2031-03-01T23:30:00Z"))
		).get(
			0
		);

		assertEquals("Uppföljning MHFA", row.getSurveyTitle());
		assertEquals("Första hjälpen till psykisk hälsa", row.getCourseTitle());
		assertEquals("2 mars 2031", row.getClosesOn(), "Stockholm is past midnight");
	}

	@Test
	public void aGoneSurveyOrSessionLeavesTheInvitationWithoutThatName() {
		MySurveyRow row = _rows(
		).of(
			List.of(_invitation(1, 49, 59, "2031-03-01T10:00:00Z"))
		).get(
			0
		);

		assertEquals("", row.getSurveyTitle());
		assertEquals("", row.getCourseTitle());
		assertEquals("answer-1", row.getAnswerURL());
	}

	private static SurveyInvitation _invitation(
		long surveyInvitationId, long surveyId, long courseSessionId,
		String expires) {

		SurveyInvitation surveyInvitation = mock(SurveyInvitation.class);

		when(
			surveyInvitation.getSurveyInvitationId()
		).thenReturn(
			surveyInvitationId
		);
		when(
			surveyInvitation.getSurveyId()
		).thenReturn(
			surveyId
		);
		when(
			surveyInvitation.getCourseSessionId()
		).thenReturn(
			courseSessionId
		);
		when(
			surveyInvitation.getExpirationDate()
		).thenReturn(
			Date.from(Instant.parse(expires))
		);

		return surveyInvitation;
	}

	private MySurveyRows _rows() {
		Survey survey = mock(Survey.class);

		when(
			survey.getTitle(_SWEDISH)
		).thenReturn(
			"Uppföljning MHFA"
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseId()
		).thenReturn(
			61L
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);

		return new MySurveyRows(
			_SWEDISH, ZoneId.of("Europe/Stockholm"),
			surveyId -> (surveyId == 41) ? survey : null,
			courseSessionId -> (courseSessionId == 51) ? courseSession : null,
			courseId -> (courseId == 61) ? course : null,
			surveyInvitationId -> "answer-" + surveyInvitationId);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
