package se.livsviktig.survey.web.internal.display.context;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;

/**
 * Mina enkäter's rows: the open invitations, the one closing first on top, each with its survey's title and its
 * course's in the reader's language and the closing day in the reader's time zone. A survey or session deleted
 * meanwhile does not hide the invitation: it shows without that name.
 *
 * @author Livsviktig
 */
public class MySurveyRows {

	/**
	 * @param surveys the survey of an id, or null
	 * @param courseSessions the course session of an id, or null
	 * @param courses the course of an id, or null
	 * @param answerURLs the form's URL of an invitation id
	 */
	public MySurveyRows(
		Locale locale, ZoneId zoneId, LongFunction<Survey> surveys,
		LongFunction<CourseSession> courseSessions,
		LongFunction<Course> courses, LongFunction<String> answerURLs) {

		_locale = locale;
		_zoneId = zoneId;
		_surveys = surveys;
		_courseSessions = courseSessions;
		_courses = courses;
		_answerURLs = answerURLs;

		_dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);
	}

	public List<MySurveyRow> of(List<SurveyInvitation> surveyInvitations) {
		List<SurveyInvitation> sorted = new ArrayList<>(surveyInvitations);

		sorted.sort(
			Comparator.comparing(
				SurveyInvitation::getExpirationDate,
				Comparator.nullsLast(Comparator.naturalOrder())));

		List<MySurveyRow> rows = new ArrayList<>();

		for (SurveyInvitation surveyInvitation : sorted) {
			rows.add(
				new MySurveyRow(
					_surveyTitle(surveyInvitation.getSurveyId()),
					_courseTitle(surveyInvitation.getCourseSessionId()),
					_closesOn(surveyInvitation),
					_answerURLs.apply(
						surveyInvitation.getSurveyInvitationId())));
		}

		return rows;
	}

	private String _closesOn(SurveyInvitation surveyInvitation) {
		if (surveyInvitation.getExpirationDate() == null) {
			return "";
		}

		return _dateFormatter.format(
			surveyInvitation.getExpirationDate(
			).toInstant(
			).atZone(
				_zoneId
			));
	}

	private String _courseTitle(long courseSessionId) {
		CourseSession courseSession = _courseSessions.apply(courseSessionId);

		if (courseSession == null) {
			return "";
		}

		Course course = _courses.apply(courseSession.getCourseId());

		if (course == null) {
			return "";
		}

		return course.getTitle(_locale);
	}

	private String _surveyTitle(long surveyId) {
		Survey survey = _surveys.apply(surveyId);

		if (survey == null) {
			return "";
		}

		return survey.getTitle(_locale);
	}

	private final LongFunction<String> _answerURLs;
	private final LongFunction<Course> _courses;
	private final LongFunction<CourseSession> _courseSessions;
	private final DateTimeFormatter _dateFormatter;
	private final Locale _locale;
	private final LongFunction<Survey> _surveys;
	private final ZoneId _zoneId;

}
