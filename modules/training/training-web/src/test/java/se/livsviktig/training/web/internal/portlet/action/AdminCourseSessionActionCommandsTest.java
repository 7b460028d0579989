package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalMatchers.aryEq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Layout;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletConfig;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCourseSessionsDisplayContext;

/**
 * The coordinators' session actions: each calls the remote service, and each typed refusal brings back the
 * session's form with the exception under the key the form reads; a refused permission or a session gone shows
 * the error page; anything else is not swallowed.
 *
 * @author Livsviktig
 */
public class AdminCourseSessionActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@BeforeEach
	public void setUp() throws Exception {
		for (BaseAdminCourseSessionMVCActionCommand command :
				new BaseAdminCourseSessionMVCActionCommand[] {
					_archive, _cancel, _delete, _edit, _publish
				}) {

			Fields.set(command, "_courseSessionService", _courseSessionService);
			Fields.set(command, "_portal", _portal);
		}

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		Map<String, Object> attributes = new HashMap<>();

		attributes.put(
			JavaConstants.JAVAX_PORTLET_CONFIG, mock(PortletConfig.class));
		attributes.put(WebKeys.THEME_DISPLAY, _themeDisplay);

		doAnswer(
			invocation -> attributes.put(
				invocation.getArgument(0), invocation.getArgument(1))
		).when(
			_actionRequest
		).setAttribute(
			anyString(), any()
		);
		when(
			_actionRequest.getAttribute(anyString())
		).thenAnswer(
			invocation -> attributes.get(invocation.getArgument(0))
		);

		// The app lives in Site Administration, on the control panel's page.

		Layout controlPanelLayout = mock(Layout.class);

		when(
			controlPanelLayout.isTypeControlPanel()
		).thenReturn(
			true
		);
		when(
			_themeDisplay.getLayout()
		).thenReturn(
			controlPanelLayout
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone(_STOCKHOLM)
		);
		when(
			_themeDisplay.getUserId()
		).thenReturn(
			_USER_ID
		);

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				CourseSession.class.getName(), _actionRequest)
		).thenReturn(
			new ServiceContext()
		);

		when(
			_courseSession.getCourseSessionId()
		).thenReturn(
			_NEW_COURSE_SESSION_ID
		);
	}

	@Test
	public void addingASessionSendsTheFilledDatesAndQuotasInTheCoordinatorsTimeZone()
		throws Exception {

		_sessionForm();

		when(
			_courseSessionService.addCourseSession(
				anyLong(), anyLong(), anyInt(), any(), any(), any(), any(),
				anyInt(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyBoolean(), any(), any(), any(), any(), any())
		).thenReturn(
			_courseSession
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		ArgumentCaptor<Date[]> startDates = ArgumentCaptor.forClass(
			Date[].class);
		ArgumentCaptor<Date[]> endDates = ArgumentCaptor.forClass(
			Date[].class);

		verify(
			_courseSessionService
		).addCourseSession(
			eq(_COURSE_ID), eq(_USER_ID), eq(0), eq("Stadshuset"),
			eq("Storgatan 1"), eq("Kiruna"), eq(""), eq(20),
			eq(_at(2030, 3, 1, 8, 0)), eq(_at(2030, 3, 10, 16, 0)),
			eq(_at(2030, 3, 12, 12, 0)), eq(true), eq(1), eq(48), eq(true),
			eq("Ta med lunch"), startDates.capture(), endDates.capture(),
			aryEq(new long[] {301, 302}), any(ServiceContext.class));

		assertArrayEquals(
			new Date[] {_at(2030, 3, 14, 9, 0), _at(2030, 3, 15, 9, 0)},
			startDates.getValue(), "the empty row between them is left out");
		assertArrayEquals(
			new Date[] {_at(2030, 3, 14, 16, 0), _at(2030, 3, 15, 12, 0)},
			endDates.getValue());

		verify(
			_courseSessionService
		).updateSessionQuotas(
			_NEW_COURSE_SESSION_ID, new long[] {301}, new int[] {5},
			new Date[] {_at(2030, 3, 7, 0, 0)});

		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.SAVED_MESSAGE_KEY));
		verify(_actionResponse).sendRedirect("/sessions");
	}

	@Test
	public void anUnexpectedExceptionIsNotSwallowed() throws Exception {
		_param("courseSessionId", "7");

		when(
			_courseSessionService.publishCourseSession(7)
		).thenThrow(
			new SessionNotPublishedException()
		);

		assertThrows(
			SessionNotPublishedException.class,
			() -> _publish.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void archivingCallsTheServiceAndSaysSo() throws Exception {
		_param("courseSessionId", "7");

		_archive.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseSessionService).archiveCourseSession(7);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.ARCHIVED_MESSAGE_KEY));
	}

	@Test
	public void aRefusedPermissionShowsTheErrorPage() throws Exception {
		_param("courseSessionId", "7");

		when(
			_courseSessionService.deleteCourseSession(7)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				_USER_ID, CourseSession.class.getName(), 7, "DELETE")
		);

		_delete.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.DELETED_MESSAGE_KEY));
	}

	@Test
	public void aSessionGoneShowsTheErrorPage() throws Exception {
		_param("courseSessionId", "7");

		when(
			_courseSessionService.archiveCourseSession(7)
		).thenThrow(
			new NoSuchCourseSessionException()
		);

		_archive.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchCourseSessionException.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void cancellingSendsTheReason() throws Exception {
		_param("courseSessionId", "7");
		_param("cancellationReason", "Instruktören är sjuk");

		_cancel.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseSessionService).cancelCourseSession(
			7, "Instruktören är sjuk");
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.CANCELLED_MESSAGE_KEY));
	}

	@Test
	public void cancellingWithoutAReasonBringsBackTheForm() throws Exception {
		_param("courseSessionId", "7");

		CancellationReasonException cancellationReasonException =
			new CancellationReasonException();

		when(
			_courseSessionService.cancelCourseSession(7, "")
		).thenThrow(
			cancellationReasonException
		);

		_cancel.doProcessAction(_actionRequest, _actionResponse);

		_assertFormWithError(
			CancellationReasonException.class, cancellationReasonException,
			"7");
	}

	@Test
	public void deletingASessionWithRegistrationsIsRefusedOnTheForm()
		throws Exception {

		_param("courseSessionId", "7");

		RequiredCourseSessionException requiredCourseSessionException =
			new RequiredCourseSessionException();

		when(
			_courseSessionService.deleteCourseSession(7)
		).thenThrow(
			requiredCourseSessionException
		);

		_delete.doProcessAction(_actionRequest, _actionResponse);

		_assertFormWithError(
			RequiredCourseSessionException.class,
			requiredCourseSessionException, "7");
	}

	@Test
	public void deletingCallsTheService() throws Exception {
		_param("courseSessionId", "7");

		_delete.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseSessionService).deleteCourseSession(7);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.DELETED_MESSAGE_KEY));
	}

	@ParameterizedTest
	@MethodSource("refusedSaves")
	public void eachRefusedSaveBringsBackTheFormUnderItsKey(
			PortalException exception, Class<?> key)
		throws Exception {

		_sessionForm();

		when(
			_courseSessionService.addCourseSession(
				anyLong(), anyLong(), anyInt(), any(), any(), any(), any(),
				anyInt(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyBoolean(), any(), any(), any(), any(), any())
		).thenThrow(
			exception
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		assertSame(exception, SessionErrors.get(_actionRequest, key.getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(_renderParameters).setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION);
		verify(
			_courseSessionService, never()
		).updateSessionQuotas(
			anyLong(), any(), any(), any()
		);
	}

	@Test
	public void publishingARefusedStateBringsBackTheForm() throws Exception {
		_param("courseSessionId", "7");

		RegistrationStatusException registrationStatusException =
			new RegistrationStatusException();

		when(
			_courseSessionService.publishCourseSession(7)
		).thenThrow(
			registrationStatusException
		);

		_publish.doProcessAction(_actionRequest, _actionResponse);

		_assertFormWithError(
			RegistrationStatusException.class, registrationStatusException,
			"7");
	}

	@Test
	public void publishingCallsTheService() throws Exception {
		_param("courseSessionId", "7");

		_publish.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseSessionService).publishCourseSession(7);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminCourseSessionsDisplayContext.PUBLISHED_MESSAGE_KEY));
	}

	@Test
	public void refusedQuotasOfANewSessionBringBackThatSessionsForm()
		throws Exception {

		_sessionForm();

		when(
			_courseSessionService.addCourseSession(
				anyLong(), anyLong(), anyInt(), any(), any(), any(), any(),
				anyInt(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyBoolean(), any(), any(), any(), any(), any())
		).thenReturn(
			_courseSession
		);

		SessionQuotaException sessionQuotaException =
			new SessionQuotaException();

		when(
			_courseSessionService.updateSessionQuotas(
				anyLong(), any(), any(), any())
		).thenThrow(
			sessionQuotaException
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		_assertFormWithError(
			SessionQuotaException.class, sessionQuotaException,
			String.valueOf(_NEW_COURSE_SESSION_ID));
	}

	@Test
	public void updatingKeepsTheSessionsCoordinator() throws Exception {
		_sessionForm();
		_param("courseSessionId", "7");

		CourseSession storedCourseSession = mock(CourseSession.class);

		when(
			storedCourseSession.getCoordinatorUserId()
		).thenReturn(
			555L
		);
		when(
			_courseSessionService.getCourseSession(7)
		).thenReturn(
			storedCourseSession
		);
		when(
			_courseSessionService.updateCourseSession(
				anyLong(), anyLong(), anyInt(), any(), any(), any(), any(),
				anyInt(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyBoolean(), any(), any(), any(), any(), any())
		).thenReturn(
			_courseSession
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_courseSessionService
		).updateCourseSession(
			eq(7L), eq(555L), anyInt(), anyString(), anyString(), anyString(),
			anyString(), eq(20), any(), any(), any(), anyBoolean(), anyInt(),
			anyInt(), anyBoolean(), anyString(), any(), any(), any(), any());
		verify(
			_courseSessionService, never()
		).addCourseSession(
			anyLong(), anyLong(), anyInt(), any(), any(), any(), any(),
			anyInt(), any(), any(), any(), anyBoolean(), anyInt(), anyInt(),
			anyBoolean(), any(), any(), any(), any(), any());
	}

	protected static Stream<Object[]> refusedSaves() {
		return Stream.of(
			new Object[] {new NoSuchCourseException(), NoSuchCourseException.class},
			new Object[] {
				new SessionDatesException(), SessionDatesException.class
			},
			new Object[] {
				new SessionDeadlineException.CancellationDeadline("after"),
				SessionDeadlineException.class
			},
			new Object[] {
				new SessionDeadlineException.RegistrationWindow("closed"),
				SessionDeadlineException.class
			},
			new Object[] {
				new SessionSeatsException(), SessionSeatsException.class
			},
			new Object[] {
				new SessionVenueException.MustHaveMeetingURL("no link"),
				SessionVenueException.class
			},
			new Object[] {
				new SessionVenueException.MustHaveVenue("no venue"),
				SessionVenueException.class
			});
	}

	private static Date _at(
		int year, int month, int day, int hour, int minute) {

		return Date.from(
			ZonedDateTime.of(
				year, month, day, hour, minute, 0, 0, _STOCKHOLM
			).toInstant());
	}

	private void _assertFormWithError(
		Class<?> key, Exception exception, String courseSessionId) {

		assertSame(exception, SessionErrors.get(_actionRequest, key.getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(_renderParameters).setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION);
		verify(_renderParameters).setValue("courseSessionId", courseSessionId);
		assertEquals(1, SessionErrors.size(_actionRequest));
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private void _sessionForm() {
		_param("courseId", String.valueOf(_COURSE_ID));
		_param("deliveryMode", "0");
		_param("venueName", "Stadshuset");
		_param("venueAddress", "Storgatan 1");
		_param("locality", "Kiruna");
		_param("onlineMeetingURL", "");
		_param("seats", "20");
		_param("registrationOpenDate", "2030-03-01T08:00");
		_param("registrationCloseDate", "2030-03-10T16:00");
		_param("cancellationDeadline", "2030-03-12T12:00");
		_param("approvalRequired", "true");
		_param("waitlistMode", "1");
		_param("offerHours", "48");
		_param("dietaryNeedsRequested", "true");
		_param("note", "Ta med lunch");
		_param("redirect", "/sessions");

		when(
			kernelStatics.portal().escapeRedirect("/sessions")
		).thenReturn(
			"/sessions"
		);

		HttpServletRequest httpServletRequest =
			kernelStatics.portal(
			).getHttpServletRequest(
				_actionRequest
			);

		when(
			httpServletRequest.getParameterValues("audienceOrganizationIds")
		).thenReturn(
			new String[] {"301", "302"}
		);

		_param("dateCount", "3");
		_param("startDate0", "2030-03-14T09:00");
		_param("endDate0", "2030-03-14T16:00");
		_param("startDate1", "");
		_param("endDate1", "");
		_param("startDate2", "2030-03-15T09:00");
		_param("endDate2", "2030-03-15T12:00");

		_param("quotaCount", "2");
		_param("quotaOrganizationId0", "301");
		_param("quotaSeats0", "5");
		_param("quotaReleaseDate0", "2030-03-07");
		_param("quotaOrganizationId1", "0");
	}

	private static final long _COURSE_ID = 4001;

	private static final long _NEW_COURSE_SESSION_ID = 5001;

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final long _USER_ID = 20123;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AdminArchiveCourseSessionMVCActionCommand _archive =
		new AdminArchiveCourseSessionMVCActionCommand();
	private final AdminCancelCourseSessionMVCActionCommand _cancel =
		new AdminCancelCourseSessionMVCActionCommand();
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final AdminDeleteCourseSessionMVCActionCommand _delete =
		new AdminDeleteCourseSessionMVCActionCommand();
	private final AdminEditCourseSessionMVCActionCommand _edit =
		new AdminEditCourseSessionMVCActionCommand();
	private final Portal _portal = mock(Portal.class);
	private final AdminPublishCourseSessionMVCActionCommand _publish =
		new AdminPublishCourseSessionMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
