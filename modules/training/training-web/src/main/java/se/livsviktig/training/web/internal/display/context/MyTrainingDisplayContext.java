package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What Mina utbildningar shows: the signed-in user's upcoming and past registrations a page at a time, what
 * each allows (cancel before the deadline, answer an offer, fetch the calendar file), the courses they are
 * interested in, and the outcome of the last action. Registrations come from the remote service, which only
 * returns the caller's own; the names of their sessions, courses and methods are read locally, because a
 * person may always see what they registered for, also once a session is cancelled or archived.
 *
 * @author Livsviktig
 */
public class MyTrainingDisplayContext {

	public static final int[] PAST_STATUSES = {
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_NOT_COMPLETED,
		RegistrationConstants.STATUS_NO_SHOW,
		RegistrationConstants.STATUS_CANCELLED,
		RegistrationConstants.STATUS_DECLINED,
		RegistrationConstants.STATUS_EXPIRED
	};

	public MyTrainingDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		MyTrainingServices myTrainingServices, Date now, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_services = myTrainingServices;
		_now = now;
		_pageSize = pageSize;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = _themeDisplay.getTimeZone(
		).toZoneId();
		Locale locale = _themeDisplay.getLocale();

		_dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		).withZone(
			zoneId
		);
		_timeFormatter = DateTimeFormatter.ofLocalizedTime(
			FormatStyle.SHORT
		).withLocale(
			locale
		).withZone(
			zoneId
		);
	}

	public List<MyCourseInterest> getCourseInterests() throws PortalException {
		if (_courseInterests != null) {
			return _courseInterests;
		}

		List<MyCourseInterest> courseInterests = new ArrayList<>();

		for (CourseInterest courseInterest :
				_services.courseInterestService.getMyCourseInterests()) {

			if (courseInterest.getStatus() ==
					CourseInterestConstants.STATUS_BOOKED) {

				continue;
			}

			Course course = _services.courseLocalService.fetchCourse(
				courseInterest.getCourseId());

			courseInterests.add(
				new MyCourseInterest(
					courseInterest.getCourseId(), _getTitle(course),
					_formatDate(courseInterest.getCreateDate()),
					courseInterest.getStatus() ==
						CourseInterestConstants.STATUS_NOTIFIED));
		}

		_courseInterests = courseInterests;

		return _courseInterests;
	}

	/**
	 * @return the Language keys of the refusals the last action met, for the error summary
	 */
	public List<String> getErrorMessageKeys() {
		List<String> keys = new ArrayList<>();

		for (Map.Entry<Class<? extends PortalException>, String> entry :
				MyTrainingMessages.getErrorKeys(
				).entrySet()) {

			if (SessionErrors.contains(
					_renderRequest, entry.getKey().getName())) {

				keys.add(entry.getValue());
			}
		}

		return keys;
	}

	public Pagination getPastPagination() throws PortalException {
		return _pagination(_getPastSearchContainer());
	}

	public List<MyRegistration> getPastRegistrations() throws PortalException {
		return _toMyRegistrations(_getPastSearchContainer().getResults());
	}

	/**
	 * @return the Language keys of what the last action did, for the confirmation at the top
	 */
	public List<String> getSuccessMessageKeys() {
		List<String> keys = new ArrayList<>();

		for (Map.Entry<String, String> entry :
				MyTrainingMessages.getSuccessKeys().entrySet()) {

			if (SessionMessages.contains(_renderRequest, entry.getKey())) {
				keys.add(entry.getValue());
			}
		}

		return keys;
	}

	public Pagination getUpcomingPagination() throws PortalException {
		return _pagination(_getUpcomingSearchContainer());
	}

	public List<MyRegistration> getUpcomingRegistrations()
		throws PortalException {

		return _toMyRegistrations(_getUpcomingSearchContainer().getResults());
	}

	public boolean isSignedIn() {
		return _themeDisplay.isSignedIn();
	}

	/**
	 * The services the page reads from, handed over together by the render command.
	 */
	public static class MyTrainingServices {

		public MyTrainingServices(
			RegistrationService registrationService,
			CourseInterestService courseInterestService,
			CourseSessionLocalService courseSessionLocalService,
			CourseLocalService courseLocalService,
			TrainingMethodLocalService trainingMethodLocalService,
			UserLocalService userLocalService) {

			this.registrationService = registrationService;
			this.courseInterestService = courseInterestService;
			this.courseSessionLocalService = courseSessionLocalService;
			this.courseLocalService = courseLocalService;
			this.trainingMethodLocalService = trainingMethodLocalService;
			this.userLocalService = userLocalService;
		}

		public final CourseInterestService courseInterestService;
		public final CourseLocalService courseLocalService;
		public final CourseSessionLocalService courseSessionLocalService;
		public final RegistrationService registrationService;
		public final TrainingMethodLocalService trainingMethodLocalService;
		public final UserLocalService userLocalService;

	}

	private String _formatDate(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		return _dateFormatter.format(date.toInstant());
	}

	private String _formatDateTime(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		return _dateFormatter.format(date.toInstant()) + " " +
			_timeFormatter.format(date.toInstant());
	}

	/**
	 * "12 jan. 2027 09:00–16:00" for one day, "12 jan. 2027 09:00 – 13 jan. 2027 16:00" for several.
	 */
	private String _formatDates(Date startDate, Date endDate) {
		if (startDate == null) {
			return StringPool.BLANK;
		}

		if (endDate == null) {
			return _formatDateTime(startDate);
		}

		ZonedDateTime start = startDate.toInstant(
		).atZone(
			_themeDisplay.getTimeZone(
			).toZoneId()
		);
		ZonedDateTime end = endDate.toInstant(
		).atZone(
			_themeDisplay.getTimeZone(
			).toZoneId()
		);

		if (start.toLocalDate(
			).equals(
				end.toLocalDate()
			)) {

			return _formatDateTime(startDate) + "\u2013" +
				_timeFormatter.format(endDate.toInstant());
		}

		return _formatDateTime(startDate) + " \u2013 " +
			_formatDateTime(endDate);
	}

	private SearchContainer<Registration> _getPastSearchContainer()
		throws PortalException {

		if (_pastSearchContainer == null) {
			_pastSearchContainer = _searchContainer(
				"pastCur", PAST_STATUSES, "no-past-training-yet");
		}

		return _pastSearchContainer;
	}

	private String _getPlace(CourseSession courseSession) {
		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	private String _getTitle(Course course) {
		if (course == null) {
			return StringPool.BLANK;
		}

		return course.getTitle(_themeDisplay.getLocale());
	}

	private SearchContainer<Registration> _getUpcomingSearchContainer()
		throws PortalException {

		if (_upcomingSearchContainer == null) {
			_upcomingSearchContainer = _searchContainer(
				"upcomingCur", RegistrationConstants.UPCOMING_STATUSES,
				"no-upcoming-training");
		}

		return _upcomingSearchContainer;
	}

	private Pagination _pagination(SearchContainer<Registration> searchContainer) {
		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	private SearchContainer<Registration> _searchContainer(
			String curParam, int[] statuses, String emptyResultsMessage)
		throws PortalException {

		SearchContainer<Registration> searchContainer = new SearchContainer<>(
			_renderRequest, null, null, curParam, _pageSize,
			PortletURLBuilder.createRenderURL(
				_renderResponse
			).setMVCRenderCommandName(
				TrainingMVCCommandNames.VIEW_MY_TRAINING
			).buildPortletURL(),
			null, emptyResultsMessage);

		searchContainer.setResultsAndTotal(
			() -> _services.registrationService.getMyRegistrations(
				statuses, searchContainer.getStart(),
				searchContainer.getEnd()),
			_services.registrationService.getMyRegistrationsCount(statuses));

		return searchContainer;
	}

	private MyRegistration _toMyRegistration(Registration registration)
		throws PortalException {

		CourseSession courseSession =
			_services.courseSessionLocalService.fetchCourseSession(
				registration.getCourseSessionId());
		Course course = _services.courseLocalService.fetchCourse(
			registration.getCourseId());
		TrainingMethod trainingMethod =
			_services.trainingMethodLocalService.fetchTrainingMethod(
				registration.getTrainingMethodId());

		int status = registration.getStatus();

		String dates = StringPool.BLANK;
		String place = StringPool.BLANK;
		boolean online = false;

		if (courseSession != null) {
			dates = _formatDates(
				courseSession.getStartDate(), courseSession.getEndDate());
			place = _getPlace(courseSession);
			online =
				courseSession.getDeliveryMode() ==
					CourseSessionConstants.DELIVERY_MODE_ONLINE;
		}

		MyRegistration myRegistration = new MyRegistration(
			registration.getRegistrationId(), status,
			RegistrationConstants.getStatusLabel(status), _getTitle(course),
			(trainingMethod == null) ? StringPool.BLANK :
				trainingMethod.getName(_themeDisplay.getLocale()),
			dates, place, online);

		if (status == RegistrationConstants.STATUS_OFFERED) {
			myRegistration.setOffered(
				_formatDateTime(registration.getHoldExpirationDate()));
		}
		else if (_isUpcoming(status) && (courseSession != null)) {
			Date cancellationDeadline = courseSession.getCancellationDeadline();

			if ((cancellationDeadline == null) ||
				_now.before(cancellationDeadline)) {

				myRegistration.setCancellable(
					true, _formatDateTime(cancellationDeadline));
			}
			else {
				User coordinator = _services.userLocalService.fetchUser(
					courseSession.getCoordinatorUserId());

				if (coordinator == null) {
					myRegistration.setCancellationDeadlinePassed(null, null);
				}
				else {
					myRegistration.setCancellationDeadlinePassed(
						coordinator.getFullName(),
						coordinator.getEmailAddress());
				}
			}
		}

		if (status == RegistrationConstants.STATUS_WAITLISTED) {
			myRegistration.setWaitlistPosition(
				_services.registrationService.getWaitlistPosition(
					registration.getRegistrationId()));
		}

		if ((status == RegistrationConstants.STATUS_CONFIRMED) ||
			(status == RegistrationConstants.STATUS_PENDING_APPROVAL)) {

			myRegistration.setCalendarURL(
				ResourceURLBuilder.createResourceURL(
					_renderResponse
				).setParameter(
					"registrationId", registration.getRegistrationId()
				).setResourceID(
					TrainingMVCCommandNames.DOWNLOAD_REGISTRATION_CALENDAR
				).buildString());
		}

		if (status == RegistrationConstants.STATUS_COMPLETED) {
			myRegistration.setCertificateURL(
				ResourceURLBuilder.createResourceURL(
					_renderResponse
				).setParameter(
					"registrationId", registration.getRegistrationId()
				).setResourceID(
					TrainingMVCCommandNames.DOWNLOAD_CERTIFICATE
				).buildString());
		}

		return myRegistration;
	}

	private List<MyRegistration> _toMyRegistrations(
			List<Registration> registrations)
		throws PortalException {

		List<MyRegistration> myRegistrations = new ArrayList<>();

		for (Registration registration : registrations) {
			myRegistrations.add(_toMyRegistration(registration));
		}

		return myRegistrations;
	}

	private static boolean _isUpcoming(int status) {
		for (int upcomingStatus : RegistrationConstants.UPCOMING_STATUSES) {
			if (upcomingStatus == status) {
				return true;
			}
		}

		return false;
	}

	private List<MyCourseInterest> _courseInterests;
	private final DateTimeFormatter _dateFormatter;
	private final Date _now;
	private final int _pageSize;
	private SearchContainer<Registration> _pastSearchContainer;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final MyTrainingServices _services;
	private final ThemeDisplay _themeDisplay;
	private final DateTimeFormatter _timeFormatter;
	private SearchContainer<Registration> _upcomingSearchContainer;

}
