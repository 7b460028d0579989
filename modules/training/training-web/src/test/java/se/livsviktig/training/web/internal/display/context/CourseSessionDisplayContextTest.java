package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Collections;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * Which state, and so which sentence and actions, a session's page shows for each situation of the user.
 *
 * @author Livsviktig
 */
public class CourseSessionDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		new PortletSessions(kernelStatics.portal()).with(_renderRequest);

		ThemeDisplay themeDisplay = _themeDisplay;

		when(themeDisplay.isSignedIn()).thenReturn(true);
		when(themeDisplay.getLocale()).thenReturn(new Locale("sv", "SE"));
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_renderRequest.getParameter("courseSessionId")
		).thenReturn(
			"4711"
		);

		when(_courseSession.getCourseSessionId()).thenReturn(4711L);
		when(
			_courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_PUBLISHED
		);
		when(_courseSession.getSeats()).thenReturn(20);
		when(_courseSession.getSeatsTaken()).thenReturn(12);

		when(
			_courseSessionService.getCourseSession(4711)
		).thenReturn(
			_courseSession
		);
		when(
			_courseSessionService.getSessionDates(4711)
		).thenReturn(
			Collections.emptyList()
		);
	}

	@Test
	public void aFreeSeatOnAnOpenSessionOffersRegistration() throws Exception {
		assertEquals(
			CourseSessionDisplayContext.State.OPEN, _displayContext().getState());
	}

	@Test
	public void aFullSessionOffersTheWaitlist() throws Exception {
		when(_courseSession.getSeatsTaken()).thenReturn(20);

		assertEquals(
			CourseSessionDisplayContext.State.FULL, _displayContext().getState());
	}

	@Test
	public void aClosedRegistrationOffersNothing() throws Exception {
		when(
			_courseSession.getRegistrationCloseDate()
		).thenReturn(
			new Date(System.currentTimeMillis() - 60_000)
		);

		assertEquals(
			CourseSessionDisplayContext.State.CLOSED,
			_displayContext().getState());
	}

	@Test
	public void aCancelledSessionOffersNothing() throws Exception {
		when(
			_courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_CANCELLED
		);

		assertEquals(
			CourseSessionDisplayContext.State.CLOSED,
			_displayContext().getState());
	}

	@CsvSource(
		{
			"1, PENDING_APPROVAL", "2, CONFIRMED", "3, WAITLISTED",
			"4, OFFERED", "8, DONE", "9, DONE", "10, DONE"
		}
	)
	@ParameterizedTest
	public void eachRegistrationStatusHasItsState(
			int status, CourseSessionDisplayContext.State state)
		throws Exception {

		_myRegistration(status);

		assertEquals(state, _displayContext().getState());
	}

	@Test
	public void aWaitlistedUserIsToldTheirPosition() throws Exception {
		_myRegistration(3);

		when(_registrationService.getWaitlistPosition(901)).thenReturn(3);

		assertEquals(3, _displayContext().getWaitlistPosition());
	}

	@Test
	public void cancellingIsTheUsersOwnOnlyUntilTheDeadline() throws Exception {
		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			new Date(System.currentTimeMillis() + 86_400_000L)
		);

		assertTrue(_displayContext().isBeforeCancellationDeadline());

		when(
			_courseSession.getCancellationDeadline()
		).thenReturn(
			new Date(System.currentTimeMillis() - 60_000)
		);

		assertFalse(_displayContext().isBeforeCancellationDeadline());
	}

	@CsvSource(
		{
			"se.livsviktig.training.exception.CancellationDeadlinePassedException, the-cancellation-deadline-has-passed",
			"se.livsviktig.training.exception.CancellationReasonException, please-give-a-reason-for-the-late-cancellation",
			"se.livsviktig.training.exception.DuplicateRegistrationException, you-are-already-registered-on-this-session",
			"com.liferay.portal.kernel.exception.NoSuchUserException, no-colleague-has-that-email-address",
			"se.livsviktig.training.exception.NotInSessionAudienceException, this-session-is-not-open-to-your-organization",
			"se.livsviktig.training.exception.OfferExpiredException, the-offer-has-expired",
			"se.livsviktig.training.exception.RegistrationClosedException, registration-for-this-session-has-closed",
			"se.livsviktig.training.exception.RegistrationDietaryNeedsException, the-dietary-needs-are-too-long",
			"se.livsviktig.training.exception.RegistrationMotivationException, the-motivation-is-too-long",
			"se.livsviktig.training.exception.RegistrationNotOpenException, registration-for-this-session-has-not-opened-yet",
			"se.livsviktig.training.exception.RegistrationStatusException, your-registration-has-changed-meanwhile",
			"se.livsviktig.training.exception.SessionCancelledException, this-session-has-been-cancelled",
			"se.livsviktig.training.exception.SessionNotPublishedException, this-session-is-not-published",
			"se.livsviktig.training.exception.CheckInClosedException, check-in-with-this-code-is-not-open-now",
			"se.livsviktig.training.exception.CheckInCodeException, the-check-in-code-is-not-right-for-this-session",
			"se.livsviktig.training.exception.CheckInNotConfirmedException, you-have-no-confirmed-seat-on-this-session-so-you-cannot-check-in",
			"se.livsviktig.training.exception.CheckInNotRegisteredException, you-are-not-registered-on-this-session-so-you-cannot-check-in",
			"se.livsviktig.training.exception.DuplicateCheckInException, you-are-already-checked-in-for-this-session-date",
			"com.liferay.portal.kernel.security.auth.PrincipalException$MustHavePermission, you-do-not-have-permission-to-do-this",
			"com.liferay.portal.kernel.exception.SystemException, something-went-wrong-try-again"
		}
	)
	@ParameterizedTest
	public void eachRefusalHasItsMessage(String exceptionClassName, String key)
		throws Exception {

		SessionErrors.add(_renderRequest, exceptionClassName);

		assertEquals(key, _displayContext().getErrorMessageKey());
	}

	@Test
	public void theQrCodesLinkOffersTheCheckInPrefilled() throws Exception {
		_checkInCodeParameter("ABC234");

		CourseSessionDisplayContext displayContext = _displayContext();

		assertTrue(displayContext.isShowCheckIn());
		assertFalse(displayContext.isSignInToCheckIn());
		assertEquals("ABC234", displayContext.getCheckInCode());
	}

	@Test
	public void aGuestWithTheLinkIsAskedToSignInFirst() throws Exception {
		_checkInCodeParameter("ABC234");

		when(_themeDisplay.isSignedIn()).thenReturn(false);

		CourseSessionDisplayContext displayContext = _displayContext();

		assertFalse(displayContext.isShowCheckIn());
		assertTrue(displayContext.isSignInToCheckIn());
	}

	@Test
	public void aSeatHolderIsOfferedTheCheckInOnlyWhileItIsOpen()
		throws Exception {

		_myRegistration(RegistrationConstants.STATUS_CONFIRMED);

		_sessionDateWithCheckIn(-1, 1);

		assertTrue(_displayContext().isShowCheckIn());

		_sessionDateWithCheckIn(1, 2);

		assertFalse(_displayContext().isShowCheckIn());

		_myRegistration(RegistrationConstants.STATUS_WAITLISTED);

		_sessionDateWithCheckIn(-1, 1);

		assertFalse(_displayContext().isShowCheckIn());
	}

	@Test
	public void aRefusedCheckInKeepsTheFormAndASuccessfulOneHidesIt()
		throws Exception {

		SessionErrors.add(
			_renderRequest,
			"se.livsviktig.training.exception.CheckInCodeException");

		assertTrue(_displayContext().isShowCheckIn());

		SessionErrors.clear(_renderRequest);

		_myRegistration(RegistrationConstants.STATUS_CONFIRMED);

		_sessionDateWithCheckIn(-1, 1);

		SessionMessages.add(
			_renderRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
			CourseSessionDisplayContext.CHECKED_IN_MESSAGE_KEY);

		assertFalse(_displayContext().isShowCheckIn());
	}

	@Test
	public void noRefusalNoMessage() throws Exception {
		assertEquals(null, _displayContext().getErrorMessageKey());
	}

	private CourseSessionDisplayContext _displayContext() throws Exception {
		return new CourseSessionDisplayContext(
			_renderRequest, mock(RenderResponse.class), _courseSessionService,
			mock(CourseLocalService.class), mock(TrainingMethodService.class),
			_registrationService, mock(PortletResourcePermission.class), null,
			_NOW);
	}

	private void _checkInCodeParameter(String code) {
		when(
			_renderRequest.getParameter("checkInCode")
		).thenReturn(
			code
		);
	}

	/**
	 * One date whose check-in opens and closes the given number of hours from now.
	 */
	private void _sessionDateWithCheckIn(int openHours, int closeHours)
		throws Exception {

		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getCheckInOpenDate()
		).thenReturn(
			new Date(_NOW.getTime() + openHours * 3600000L)
		);
		when(
			sessionDate.getCheckInCloseDate()
		).thenReturn(
			new Date(_NOW.getTime() + closeHours * 3600000L)
		);

		when(
			_courseSessionService.getSessionDates(4711)
		).thenReturn(
			Collections.singletonList(sessionDate)
		);
	}

	private void _myRegistration(int status) throws Exception {
		Registration registration = mock(Registration.class);

		when(registration.getRegistrationId()).thenReturn(901L);
		when(registration.getStatus()).thenReturn(status);

		when(
			_registrationService.fetchMyRegistration(4711)
		).thenReturn(
			registration
		);
	}

	/**
	 * 2026-12-01 10:00 UTC: the page's clock, so the check-in window is decided at a known moment.
	 */
	private static final Date _NOW = new Date(1796119200000L);

	private final CourseSession _courseSession = mock(CourseSession.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
