package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Instant;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.MutableResourceParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceURL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
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
 * What a member of staff sees of each of their registrations, by its state.
 *
 * @author Livsviktig
 */
public class MyTrainingDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		new PortletSessions(kernelStatics.portal()).with(_renderRequest);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_themeDisplay.isSignedIn()
		).thenReturn(
			true
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		when(
			_resourceURL.getResourceParameters()
		).thenReturn(
			mock(MutableResourceParameters.class)
		);
		when(
			_resourceURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_resourceURL.toString()
		).thenReturn(
			"/calendar-file"
		);
		when(
			_renderResponse.createResourceURL()
		).thenReturn(
			_resourceURL
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);
		when(
			_courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		when(
			_courseSession.getStartDate()
		).thenReturn(
			_date("2027-01-12T08:00:00Z")
		);
		when(
			_courseSession.getEndDate()
		).thenReturn(
			_date("2027-01-12T15:00:00Z")
		);
		when(
			_courseSession.getVenueName()
		).thenReturn(
			"Stadshuset, sal 3"
		);
		when(
			_courseSession.getLocality()
		).thenReturn(
			"Livsby"
		);
		when(
			_courseSession.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE
		);
		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			_date("2027-01-05T22:59:00Z")
		);
		when(
			_courseSession.getCoordinatorUserId()
		).thenReturn(
			_COORDINATOR_ID
		);
		when(
			_courseSessionLocalService.fetchCourseSession(_SESSION_ID)
		).thenReturn(
			_courseSession
		);
	}

	@Test
	public void aCancelledOrFinishedRegistrationIsPastWithItsStateAndNoActions()
		throws Exception {

		_past(
			_registration(1, RegistrationConstants.STATUS_COMPLETED),
			_registration(2, RegistrationConstants.STATUS_NO_SHOW),
			_registration(3, RegistrationConstants.STATUS_CANCELLED),
			_registration(4, RegistrationConstants.STATUS_NOT_COMPLETED));

		List<MyRegistration> past = _displayContext(
			"2027-02-01T10:00:00Z"
		).getPastRegistrations();

		assertEquals(4, past.size());
		assertEquals("completed", past.get(0).getStatusLabelKey());
		assertEquals("no-show", past.get(1).getStatusLabelKey());
		assertEquals("cancelled", past.get(2).getStatusLabelKey());
		assertEquals("not-completed", past.get(3).getStatusLabelKey());

		for (MyRegistration myRegistration : past) {
			assertFalse(myRegistration.isCancellable());
			assertFalse(myRegistration.isCancellationDeadlinePassed());
			assertFalse(myRegistration.isOffered());
			assertNull(myRegistration.getCalendarURL());
			assertEquals("Första hjälpen till psykisk hälsa", myRegistration.getCourseTitle());
		}
	}

	@Test
	public void aConfirmedRegistrationBeforeTheDeadlineMayBeCancelledAndHasACalendarFile()
		throws Exception {

		_upcoming(_registration(11, RegistrationConstants.STATUS_CONFIRMED));

		MyRegistration myRegistration = _displayContext(
			"2027-01-05T12:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertEquals(11, myRegistration.getRegistrationId());
		assertEquals("confirmed", myRegistration.getStatusLabelKey());
		assertEquals("Första hjälpen till psykisk hälsa", myRegistration.getCourseTitle());
		assertEquals("MHFA Vuxen", myRegistration.getMethodName());
		assertEquals("Stadshuset, sal 3, Livsby", myRegistration.getPlace());
		assertTrue(myRegistration.isCancellable());
		assertEquals("5 jan. 2027 23:59", myRegistration.getCancellationDeadline());
		assertFalse(myRegistration.isCancellationDeadlinePassed());
		assertEquals("/calendar-file", myRegistration.getCalendarURL());
		verify(
			_resourceURL
		).setResourceID(
			TrainingMVCCommandNames.DOWNLOAD_REGISTRATION_CALENDAR
		);
		assertFalse(myRegistration.isOffered());
		assertEquals(0, myRegistration.getWaitlistPosition());
	}

	@Test
	public void aDayCourseShowsItsDateOnceAndALongerOneBothDates()
		throws Exception {

		_upcoming(_registration(11, RegistrationConstants.STATUS_CONFIRMED));

		assertEquals(
			"12 jan. 2027 09:00\u201316:00",
			_displayContext(
				"2027-01-01T00:00:00Z"
			).getUpcomingRegistrations(
			).get(
				0
			).getDates());

		when(
			_courseSession.getEndDate()
		).thenReturn(
			_date("2027-01-13T15:00:00Z")
		);

		assertEquals(
			"12 jan. 2027 09:00 \u2013 13 jan. 2027 16:00",
			_displayContext(
				"2027-01-01T00:00:00Z"
			).getUpcomingRegistrations(
			).get(
				0
			).getDates());
	}

	@Test
	public void afterTheDeadlineThereIsNoCancelButtonButTheCoordinatorToContact()
		throws Exception {

		User coordinator = mock(User.class);

		when(
			coordinator.getFullName()
		).thenReturn(
			"Karin Berg"
		);
		when(
			coordinator.getEmailAddress()
		).thenReturn(
			"karin.berg@livsby.se"
		);
		when(
			_userLocalService.fetchUser(_COORDINATOR_ID)
		).thenReturn(
			coordinator
		);

		_upcoming(_registration(11, RegistrationConstants.STATUS_CONFIRMED));

		MyRegistration myRegistration = _displayContext(
			"2027-01-05T22:59:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertFalse(myRegistration.isCancellable());
		assertTrue(myRegistration.isCancellationDeadlinePassed());
		assertEquals("Karin Berg", myRegistration.getContactName());
		assertEquals("karin.berg@livsby.se", myRegistration.getContactEmailAddress());
	}

	@Test
	public void afterTheDeadlineWithoutACoordinatorTheCoordinatorIsNotNamed()
		throws Exception {

		_upcoming(_registration(11, RegistrationConstants.STATUS_WAITLISTED));

		MyRegistration myRegistration = _displayContext(
			"2027-01-06T00:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertTrue(myRegistration.isCancellationDeadlinePassed());
		assertNull(myRegistration.getContactName());
	}

	@Test
	public void aSessionWithoutACancellationDeadlineMayBeCancelledUntilItHappens()
		throws Exception {

		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			null
		);

		_upcoming(_registration(11, RegistrationConstants.STATUS_PENDING_APPROVAL));

		MyRegistration myRegistration = _displayContext(
			"2027-01-11T00:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertTrue(myRegistration.isCancellable());
		assertEquals("", myRegistration.getCancellationDeadline());
		assertEquals("pending-approval", myRegistration.getStatusLabelKey());
		assertEquals(
			"/calendar-file", myRegistration.getCalendarURL(),
			"a request waiting for approval holds its seat");
	}

	@Test
	public void anOfferedSeatShowsWhenTheOfferEndsAndMayBeAnswered()
		throws Exception {

		Registration registration = _registration(
			11, RegistrationConstants.STATUS_OFFERED);

		when(
			registration.getHoldExpirationDate()
		).thenReturn(
			_date("2027-01-03T11:00:00Z")
		);

		_upcoming(registration);

		MyRegistration myRegistration = _displayContext(
			"2027-01-01T12:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertTrue(myRegistration.isOffered());
		assertEquals("3 jan. 2027 12:00", myRegistration.getOfferExpiration());
		assertEquals("offered", myRegistration.getStatusLabelKey());
		assertNull(
			myRegistration.getCalendarURL(),
			"no calendar file until the seat is taken");
		assertFalse(
			myRegistration.isCancellable(),
			"an offered seat is declined, not cancelled");
		assertFalse(myRegistration.isCancellationDeadlinePassed());
	}

	@Test
	public void anOnlineSessionSaysSoInsteadOfAPlace() throws Exception {
		when(
			_courseSession.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ONLINE
		);
		when(
			_courseSession.getVenueName()
		).thenReturn(
			""
		);
		when(
			_courseSession.getLocality()
		).thenReturn(
			null
		);

		_upcoming(_registration(11, RegistrationConstants.STATUS_CONFIRMED));

		MyRegistration myRegistration = _displayContext(
			"2027-01-01T00:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertTrue(myRegistration.isOnline());
		assertEquals("", myRegistration.getPlace());
	}

	@Test
	public void aWaitlistedRegistrationShowsItsPlaceInLine() throws Exception {
		_upcoming(_registration(11, RegistrationConstants.STATUS_WAITLISTED));

		when(
			_registrationService.getWaitlistPosition(11)
		).thenReturn(
			3
		);

		MyRegistration myRegistration = _displayContext(
			"2027-01-01T00:00:00Z"
		).getUpcomingRegistrations(
		).get(
			0
		);

		assertEquals("waitlisted", myRegistration.getStatusLabelKey());
		assertEquals(3, myRegistration.getWaitlistPosition());
		assertNull(myRegistration.getCalendarURL());
		assertTrue(myRegistration.isCancellable());
	}

	@Test
	public void nothingYetMeansEmptyListsAndNoMessages() throws Exception {
		MyTrainingDisplayContext displayContext = _displayContext(
			"2027-01-01T00:00:00Z");

		assertTrue(displayContext.isSignedIn());
		assertTrue(displayContext.getUpcomingRegistrations().isEmpty());
		assertTrue(displayContext.getPastRegistrations().isEmpty());
		assertTrue(displayContext.getCourseInterests().isEmpty());
		assertTrue(displayContext.getErrorMessageKeys().isEmpty());
		assertTrue(displayContext.getSuccessMessageKeys().isEmpty());
		assertFalse(displayContext.getUpcomingPagination().isShow());
	}

	@Test
	public void onlyTheUsersOwnRegistrationsAreAskedForByState()
		throws Exception {

		MyTrainingDisplayContext displayContext = _displayContext(
			"2027-01-01T00:00:00Z");

		displayContext.getUpcomingRegistrations();
		displayContext.getPastRegistrations();

		verify(
			_registrationService
		).getMyRegistrationsCount(
			RegistrationConstants.UPCOMING_STATUSES
		);
		verify(
			_registrationService
		).getMyRegistrationsCount(
			MyTrainingDisplayContext.PAST_STATUSES
		);
	}

	@Test
	public void theInterestListLeavesOutCoursesTheUserWasBookedOn()
		throws Exception {

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"Våga fråga"
		);
		when(
			_courseLocalService.fetchCourse(_OTHER_COURSE_ID)
		).thenReturn(
			course
		);

		List<CourseInterest> myCourseInterests = Arrays.asList(
			_courseInterest(
				_OTHER_COURSE_ID, CourseInterestConstants.STATUS_ACTIVE),
			_courseInterest(_COURSE_ID, CourseInterestConstants.STATUS_NOTIFIED),
			_courseInterest(_COURSE_ID, CourseInterestConstants.STATUS_BOOKED));

		when(
			_courseInterestService.getMyCourseInterests()
		).thenReturn(
			myCourseInterests
		);

		List<MyCourseInterest> courseInterests = _displayContext(
			"2027-01-01T00:00:00Z"
		).getCourseInterests();

		assertEquals(2, courseInterests.size());
		assertEquals("Våga fråga", courseInterests.get(0).getCourseTitle());
		assertEquals(_OTHER_COURSE_ID, courseInterests.get(0).getCourseId());
		assertEquals("1 dec. 2026", courseInterests.get(0).getSince());
		assertFalse(courseInterests.get(0).isNotified());
		assertTrue(courseInterests.get(1).isNotified());
	}

	@Test
	public void theLastActionsOutcomeBecomesItsMessages() throws Exception {
		SessionErrors.add(
			_renderRequest, CancellationDeadlinePassedException.class.getName());
		SessionErrors.add(
			_renderRequest, PrincipalException.class.getName());
		SessionMessages.add(
			_renderRequest, MyTrainingMessages.OFFER_ACCEPTED);

		MyTrainingDisplayContext displayContext = _displayContext(
			"2027-01-01T00:00:00Z");

		assertEquals(
			Arrays.asList(
				"the-cancellation-deadline-has-passed",
				"you-do-not-have-permission-to-do-this"),
			displayContext.getErrorMessageKeys());
		assertEquals(
			Arrays.asList("you-accepted-the-offered-seat"),
			displayContext.getSuccessMessageKeys());
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private CourseInterest _courseInterest(long courseId, int status) {
		CourseInterest courseInterest = mock(CourseInterest.class);

		when(
			courseInterest.getCourseId()
		).thenReturn(
			courseId
		);
		when(
			courseInterest.getStatus()
		).thenReturn(
			status
		);
		when(
			courseInterest.getCreateDate()
		).thenReturn(
			_date("2026-12-01T10:00:00Z")
		);

		return courseInterest;
	}

	private MyTrainingDisplayContext _displayContext(String now) {
		return new MyTrainingDisplayContext(
			_renderRequest, _renderResponse,
			new MyTrainingDisplayContext.MyTrainingServices(
				_registrationService, _courseInterestService,
				_courseSessionLocalService, _courseLocalService,
				_trainingMethodLocalService, _userLocalService),
			_date(now), 20);
	}

	private void _past(Registration... registrations) throws Exception {
		_registrations(MyTrainingDisplayContext.PAST_STATUSES, registrations);
	}

	private Registration _registration(long registrationId, int status) {
		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			registration.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			registration.getTrainingMethodId()
		).thenReturn(
			_METHOD_ID
		);

		return registration;
	}

	private void _registrations(int[] statuses, Registration... registrations)
		throws Exception {

		when(
			_registrationService.getMyRegistrationsCount(statuses)
		).thenReturn(
			registrations.length
		);
		when(
			_registrationService.getMyRegistrations(eq(statuses), eq(0), eq(20))
		).thenReturn(
			Arrays.asList(registrations)
		);
	}

	private void _upcoming(Registration... registrations) throws Exception {
		_registrations(RegistrationConstants.UPCOMING_STATUSES, registrations);
	}

	private static final long _COORDINATOR_ID = 30001;

	private static final long _COURSE_ID = 41001;

	private static final long _METHOD_ID = 40001;

	private static final long _OTHER_COURSE_ID = 41002;

	private static final long _SESSION_ID = 42001;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CourseInterestService _courseInterestService = mock(
		CourseInterestService.class);
	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ResourceURL _resourceURL = mock(ResourceURL.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
