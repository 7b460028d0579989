package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * A drill-down page's sessions or registrations as table rows, in the reader's language and time zone. The page's
 * courses, sessions and organisations are read once each (at most a page's worth).
 *
 * @author Livsviktig
 */
public class DrillDownRows {

	public static final List<String> REGISTRATION_HEADER_KEYS = List.of(
		"drill-down-name", "drill-down-administration", "drill-down-course",
		"drill-down-first-date", "drill-down-state");

	public static final List<String> SESSION_HEADER_KEYS = List.of(
		"drill-down-course", "drill-down-first-date", "drill-down-place",
		"drill-down-state");

	/**
	 * The Language keys of every state a row can show.
	 */
	public static Set<String> stateKeys() {
		Set<String> stateKeys = new TreeSet<>(_registrationStateKeys.values());

		stateKeys.addAll(_sessionStateKeys.values());
		stateKeys.add("drill-down-unknown");
		stateKeys.add("drill-down-no-administration");

		return stateKeys;
	}

	public DrillDownRows(
		CourseLocalService courseLocalService,
		CourseSessionLocalService courseSessionLocalService,
		OrganizationLocalService organizationLocalService, Locale locale,
		ZoneId zoneId) {

		_courseLocalService = courseLocalService;
		_courseSessionLocalService = courseSessionLocalService;
		_organizationLocalService = organizationLocalService;
		_locale = locale;

		_dateTimeFormatter = DateTimeFormatter.ofLocalizedDateTime(
			FormatStyle.MEDIUM, FormatStyle.SHORT
		).withLocale(
			locale
		).withZone(
			zoneId
		);
	}

	public List<List<DrillDownCell>> ofRegistrations(
		List<Registration> registrations) {

		List<List<DrillDownCell>> rows = new ArrayList<>();

		for (Registration registration : registrations) {
			CourseSession courseSession = _courseSession(
				registration.getCourseSessionId());

			rows.add(
				List.of(
					DrillDownCell.text(registration.getUserName()),
					_administration(registration.getOrganizationId()),
					_course(registration.getCourseId()),
					_firstDate(courseSession),
					DrillDownCell.message(
						_registrationStateKeys.getOrDefault(
							registration.getStatus(), "drill-down-unknown"))));
		}

		return rows;
	}

	public List<List<DrillDownCell>> ofSessions(
		List<CourseSession> courseSessions) {

		List<List<DrillDownCell>> rows = new ArrayList<>();

		for (CourseSession courseSession : courseSessions) {
			_courseSessions.put(
				courseSession.getCourseSessionId(), courseSession);

			String place = courseSession.getLocality();

			if ((place == null) || place.isEmpty()) {
				place = courseSession.getVenueName();
			}

			rows.add(
				List.of(
					_course(courseSession.getCourseId()),
					_firstDate(courseSession), DrillDownCell.text(place),
					DrillDownCell.message(
						_sessionStateKeys.getOrDefault(
							courseSession.getStatus(), "drill-down-unknown"))));
		}

		return rows;
	}

	private DrillDownCell _administration(long organizationId) {
		Organization organization = _organizations.computeIfAbsent(
			organizationId, _organizationLocalService::fetchOrganization);

		if (organization == null) {
			return DrillDownCell.message("drill-down-no-administration");
		}

		return DrillDownCell.text(organization.getName());
	}

	private DrillDownCell _course(long courseId) {
		Course course = _courses.computeIfAbsent(
			courseId, _courseLocalService::fetchCourse);

		if (course == null) {
			return DrillDownCell.message("drill-down-unknown");
		}

		return DrillDownCell.text(course.getTitle(_locale));
	}

	private CourseSession _courseSession(long courseSessionId) {
		return _courseSessions.computeIfAbsent(
			courseSessionId, _courseSessionLocalService::fetchCourseSession);
	}

	private DrillDownCell _firstDate(CourseSession courseSession) {
		if (courseSession == null) {
			return DrillDownCell.message("drill-down-unknown");
		}

		Date startDate = courseSession.getStartDate();

		return DrillDownCell.text(
			_dateTimeFormatter.format(startDate.toInstant()));
	}

	private static final Map<Integer, String> _registrationStateKeys =
		Map.of(
			RegistrationConstants.STATUS_CANCELLED, "drill-down-cancelled",
			RegistrationConstants.STATUS_COMPLETED, "drill-down-completed",
			RegistrationConstants.STATUS_CONFIRMED, "drill-down-confirmed",
			RegistrationConstants.STATUS_DECLINED, "drill-down-declined",
			RegistrationConstants.STATUS_EXPIRED, "drill-down-expired",
			RegistrationConstants.STATUS_NO_SHOW, "drill-down-no-show",
			RegistrationConstants.STATUS_NOT_COMPLETED,
			"drill-down-not-completed", RegistrationConstants.STATUS_OFFERED,
			"drill-down-offered", RegistrationConstants.STATUS_PENDING_APPROVAL,
			"drill-down-pending-approval",
			RegistrationConstants.STATUS_WAITLISTED, "drill-down-waitlisted");
	private static final Map<Integer, String> _sessionStateKeys = Map.of(
		CourseSessionConstants.STATUS_ARCHIVED, "drill-down-session-archived",
		CourseSessionConstants.STATUS_CANCELLED, "drill-down-session-cancelled",
		CourseSessionConstants.STATUS_DRAFT, "drill-down-session-draft",
		CourseSessionConstants.STATUS_PUBLISHED,
		"drill-down-session-published");

	private final CourseLocalService _courseLocalService;
	private final Map<Long, Course> _courses = new HashMap<>();
	private final CourseSessionLocalService _courseSessionLocalService;
	private final Map<Long, CourseSession> _courseSessions = new HashMap<>();
	private final DateTimeFormatter _dateTimeFormatter;
	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final Map<Long, Organization> _organizations = new HashMap<>();

}
