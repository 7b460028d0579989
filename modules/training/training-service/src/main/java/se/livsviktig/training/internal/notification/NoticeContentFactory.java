package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.Validator;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.internal.calendar.RegistrationCalendar;
import se.livsviktig.training.internal.calendar.RegistrationCalendarWriter;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Writes a notice for its recipient: their language and time zone, the session's details, and the calendar
 * file when the notice changes what belongs in their calendar.
 *
 * @author Livsviktig
 */
@Component(service = NoticeContentFactory.class)
public class NoticeContentFactory {

	public static final List<String> CALENDAR_CANCEL_TYPES = Arrays.asList(
		TrainingNoticeTypes.REGISTRATION_CANCELLED,
		TrainingNoticeTypes.SESSION_CANCELLED);

	public static final List<String> CALENDAR_REQUEST_TYPES = Arrays.asList(
		TrainingNoticeTypes.APPROVAL_GRANTED, TrainingNoticeTypes.CONFIRMATION,
		TrainingNoticeTypes.PROMOTED, TrainingNoticeTypes.REMINDER,
		TrainingNoticeTypes.SESSION_CHANGED);

	/**
	 * The notice's content in its recipient's language. Written once per notice: its deliveries (bell, e-mail)
	 * share it, and a notice that carries its rows ({@link Notice#withRows}) is written without reading them.
	 */
	public NoticeContent create(Notice notice) throws PortalException {
		NoticeContent noticeContent = notice.getContent();

		if (noticeContent == null) {
			noticeContent = _create(notice);

			notice.setContent(noticeContent);
		}

		return noticeContent;
	}

	/**
	 * The registration's calendar file as its participant would get it now, or null when it has no place in
	 * their calendar.
	 */
	public String getRegistrationCalendar(Registration registration)
		throws PortalException {

		String type = TrainingNoticeTypes.CONFIRMATION;

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_CANCELLED) {

			type = TrainingNoticeTypes.REGISTRATION_CANCELLED;
		}

		RegistrationCalendar registrationCalendar = create(
			Notice.forRegistration(type, registration)
		).getRegistrationCalendar();

		if (registrationCalendar == null) {
			return null;
		}

		return _registrationCalendarWriter.writeFile(registrationCalendar);
	}

	public String getFromAddress(long companyId) {
		String fromAddress = _trainingCompanySettings.get(
			companyId
		).emailFromAddress();

		if (Validator.isNotNull(fromAddress)) {
			return fromAddress;
		}

		return _prefsProps.getString(
			companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);
	}

	public String getFromName(long companyId) {
		String fromName = _trainingCompanySettings.get(
			companyId
		).emailFromName();

		if (Validator.isNotNull(fromName)) {
			return fromName;
		}

		return _prefsProps.getString(
			companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME);
	}


	/**
	 * The URL with one more query parameter, before any anchor. The name and value are URL-safe (a namespaced
	 * parameter name and a number), and a job sending notices has no request to lend the portal's URL helpers.
	 */
	private static String _addParameter(String url, String name, String value) {
		String anchor = "";

		int anchorIndex = url.indexOf('#');

		if (anchorIndex != -1) {
			anchor = url.substring(anchorIndex);
			url = url.substring(0, anchorIndex);
		}

		String separator = url.contains("?") ? "&" : "?";

		return url + separator + name + "=" + value + anchor;
	}

	private NoticeContent _create(Notice notice) throws PortalException {
		User recipient = _userLocalService.getUser(
			notice.getRecipientUserId());

		Locale locale = recipient.getLocale();

		CourseSession courseSession = notice.getCourseSession();

		if (courseSession == null) {
			courseSession = _courseSessionLocalService.getCourseSession(
				notice.getCourseSessionId());
		}

		Course course = _courseLocalService.getCourse(
			courseSession.getCourseId());
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.getTrainingMethod(
				courseSession.getTrainingMethodId());

		Registration registration = notice.getRegistration();

		if ((registration == null) && (notice.getRegistrationId() > 0)) {
			registration = _registrationLocalService.getRegistration(
				notice.getRegistrationId());
		}

		TrainingCompanyConfiguration trainingCompanyConfiguration =
			_trainingCompanySettings.get(notice.getCompanyId());

		ResourceBundle resourceBundle = _resourceBundles.apply(locale);

		NoticeTemplates noticeTemplates = new NoticeTemplates(
			trainingCompanyConfiguration.noticeTemplateOverrides(),
			resourceBundle);

		ZoneId zoneId = _getZoneId(recipient.getTimeZone());

		Map<String, String> placeholders = _getPlaceholders(
			notice, recipient, course, courseSession, registration, locale,
			zoneId);

		String type = notice.getType();

		NoticeContent noticeContent = new NoticeContent(
			locale,
			noticeTemplates.get(
				"notice-" + type + "-subject", locale, placeholders));

		noticeContent.addParagraph(
			noticeTemplates.get("notice-greeting", locale, placeholders));
		noticeContent.addParagraph(
			noticeTemplates.get(
				"notice-" + type + "-body", locale, placeholders));

		List<SessionDate> sessionDates =
			_courseSessionLocalService.getSessionDates(
				courseSession.getCourseSessionId());

		noticeContent.addDetail(
			resourceBundle.getString("notice-details-course"),
			course.getTitle(locale));
		noticeContent.addDetail(
			resourceBundle.getString("notice-details-method"),
			trainingMethod.getName(locale));
		noticeContent.addDetail(
			resourceBundle.getString("notice-details-dates"),
			_formatDates(sessionDates, locale, zoneId));
		noticeContent.addDetail(
			resourceBundle.getString("notice-details-place"),
			_getPlace(courseSession));
		noticeContent.addDetail(
			resourceBundle.getString("notice-details-online-meeting"),
			courseSession.getOnlineMeetingURL());

		if (type.equals(TrainingNoticeTypes.WAITLISTED)) {
			noticeContent.addDetail(
				resourceBundle.getString("notice-details-position"),
				placeholders.get("POSITION"));
		}

		if (type.equals(TrainingNoticeTypes.OFFER)) {
			noticeContent.addDetail(
				resourceBundle.getString("notice-details-respond-by"),
				placeholders.get("DEADLINE"));
		}

		if ((registration != null) &&
			(type.equals(TrainingNoticeTypes.APPROVAL_REQUEST) ||
			 type.equals(TrainingNoticeTypes.APPROVAL_REMINDER)) &&
			Validator.isNotNull(
				trainingCompanyConfiguration.approvalsPageURL())) {

			// The approvals widget opens on this request: its render parameter, namespaced for the portlet.

			noticeContent.setLink(
				resourceBundle.getString("notice-link-approval-request"),
				_addParameter(
					trainingCompanyConfiguration.approvalsPageURL(),
					"_" + TrainingPortletKeys.APPROVALS + "_registrationId",
					String.valueOf(registration.getRegistrationId())));
		}
		else if (Validator.isNotNull(
					trainingCompanyConfiguration.myTrainingPageURL())) {

			noticeContent.setLink(
				resourceBundle.getString("notice-link-my-training"),
				trainingCompanyConfiguration.myTrainingPageURL());
		}

		noticeContent.setSignature(
			resourceBundle.getString("notice-signature"));

		if ((registration != null) &&
			(registration.getUserId() == recipient.getUserId())) {

			RegistrationCalendar registrationCalendar = _getCalendar(
				type, registration, recipient, course, courseSession,
				sessionDates, locale, noticeContent);

			if (registrationCalendar != null) {
				registrationCalendar.setPreviousDates(
					notice.getPreviousDates());

				noticeContent.setCalendar(
					registrationCalendar,
					_registrationCalendarWriter.writeInvitations(
						registrationCalendar));
			}
		}

		return noticeContent;
	}

	private String _formatDates(
		List<SessionDate> sessionDates, Locale locale, ZoneId zoneId) {

		DateTimeFormatter dayFormatter = DateTimeFormatter.ofPattern(
			"EEEE d MMMM yyyy HH:mm", locale);
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofPattern(
			"HH:mm", locale);

		List<String> dates = new ArrayList<>();

		for (SessionDate sessionDate : sessionDates) {
			ZonedDateTime start = ZonedDateTime.ofInstant(
				sessionDate.getStartDate(
				).toInstant(),
				zoneId);
			ZonedDateTime end = ZonedDateTime.ofInstant(
				sessionDate.getEndDate(
				).toInstant(),
				zoneId);

			if (start.toLocalDate(
				).equals(
					end.toLocalDate()
				)) {

				dates.add(
					dayFormatter.format(start) + "–" + timeFormatter.format(end));
			}
			else {
				dates.add(
					dayFormatter.format(start) + " – " +
						dayFormatter.format(end));
			}
		}

		return String.join("; ", dates);
	}

	private RegistrationCalendar _getCalendar(
		String type, Registration registration, User recipient, Course course,
		CourseSession courseSession, List<SessionDate> sessionDates,
		Locale locale, NoticeContent noticeContent) {

		boolean cancelled = CALENDAR_CANCEL_TYPES.contains(type);

		if ((!cancelled && !CALENDAR_REQUEST_TYPES.contains(type)) ||
			(!cancelled &&
			 (registration.getStatus() !=
				 RegistrationConstants.STATUS_CONFIRMED)) ||
			sessionDates.isEmpty()) {

			return null;
		}

		RegistrationCalendar registrationCalendar = new RegistrationCalendar(
			registration.getRegistrationId(),
			registration.getCalendarSequence());

		for (SessionDate sessionDate : sessionDates) {
			registrationCalendar.addDate(
				sessionDate.getStartDate(), sessionDate.getEndDate());
		}

		String location = _getPlace(courseSession);

		if (Validator.isNull(location)) {
			location = courseSession.getOnlineMeetingURL();
		}

		return registrationCalendar.setCancelled(
			cancelled
		).setSummary(
			course.getTitle(locale)
		).setDescription(
			String.join("\n\n", noticeContent.getParagraphs())
		).setLocation(
			location
		).setOrganizer(
			getFromName(registration.getCompanyId()),
			getFromAddress(registration.getCompanyId())
		).setAttendee(
			recipient.getFullName(), recipient.getEmailAddress()
		);
	}

	private String _getComment(
		Notice notice, CourseSession courseSession, Registration registration) {

		String type = notice.getType();

		if (type.equals(TrainingNoticeTypes.SESSION_CANCELLED)) {
			return courseSession.getStatusReason();
		}

		if (type.equals(TrainingNoticeTypes.INSTRUCTOR_INVITATION)) {
			for (SessionInstructor sessionInstructor :
					_sessionInstructorLocalService.getCourseSessionInstructors(
						courseSession.getCourseSessionId(),
						new int[] {0, 1, 2, 3})) {

				if (sessionInstructor.getInstructorUserId() ==
						notice.getRecipientUserId()) {

					return sessionInstructor.getMessage();
				}
			}

			return "";
		}

		if (registration == null) {
			return "";
		}

		if (type.equals(TrainingNoticeTypes.APPROVAL_DECLINED)) {
			return registration.getReviewComment();
		}

		if (type.equals(TrainingNoticeTypes.REGISTRATION_CANCELLED)) {
			return registration.getCancellationReason();
		}

		return "";
	}

	private String _getPlace(CourseSession courseSession) {
		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(),
					courseSession.getVenueAddress(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	private Map<String, String> _getPlaceholders(
			Notice notice, User recipient, Course course,
			CourseSession courseSession, Registration registration,
			Locale locale, ZoneId zoneId)
		throws PortalException {

		Map<String, String> placeholders = new HashMap<>();

		placeholders.put("COURSE", course.getTitle(locale));
		placeholders.put("RECIPIENT", recipient.getFirstName());
		placeholders.put(
			"COMMENT", _nullToEmpty(_getComment(notice, courseSession, registration)));
		placeholders.put("DEADLINE", "");
		placeholders.put("PARTICIPANT", "");
		placeholders.put("POSITION", "");

		if (registration == null) {
			return placeholders;
		}

		User participant = _userLocalService.fetchUser(registration.getUserId());

		if (participant != null) {
			placeholders.put("PARTICIPANT", participant.getFullName());
		}

		if (registration.getHoldExpirationDate() != null) {
			placeholders.put(
				"DEADLINE",
				DateTimeFormatter.ofPattern(
					"EEEE d MMMM yyyy HH:mm", locale
				).format(
					ZonedDateTime.ofInstant(
						registration.getHoldExpirationDate(
						).toInstant(),
						zoneId)
				));
		}

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_WAITLISTED) {

			placeholders.put(
				"POSITION",
				String.valueOf(
					getWaitlistPosition(
						notice, registration.getRegistrationId())));
		}

		return placeholders;
	}

	/**
	 * The recipient's place on the waitlist: as the notice carries it (a new registration's, known under the
	 * session's row lock), else counted now.
	 */
	int getWaitlistPosition(Notice notice, long registrationId)
		throws PortalException {

		if (notice.getWaitlistPosition() > 0) {
			return notice.getWaitlistPosition();
		}

		return _registrationLocalService.getWaitlistPosition(registrationId);
	}

	private ZoneId _getZoneId(TimeZone timeZone) {
		if (timeZone == null) {
			return ZoneId.of("Europe/Stockholm");
		}

		return timeZone.toZoneId();
	}

	private String _nullToEmpty(String value) {
		if (value == null) {
			return "";
		}

		return value;
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private PrefsProps _prefsProps;

	private final RegistrationCalendarWriter _registrationCalendarWriter =
		new RegistrationCalendarWriter();

	/**
	 * This bundle's own texts; a test of the notices alone hands in the same files.
	 */
	private Function<Locale, ResourceBundle> _resourceBundles =
		locale -> ResourceBundleUtil.getBundle(
			"content.Language", locale, NoticeContentFactory.class);

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
