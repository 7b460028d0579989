package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.Collections;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.AttendanceSessionDateException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MySessionsMessages;

/**
 * One date's attendance from the form: checked boxes present, the rest of those listed absent, "mark all
 * present" everyone listed, in one call to the remote service; each refusal it can give is kept under its type;
 * the page returns to the same session and date either way.
 *
 * @author Livsviktig
 */
public class MarkAttendancesMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void aDateNotStartedIsExplained() throws Exception {
		_assertRefusal(
			new AttendanceSessionDateException("Date 60002 has not started"),
			AttendanceSessionDateException.class,
			"attendance-can-be-marked-once-check-in-has-opened");
	}

	@Test
	public void aParticipantNoLongerRegisteredIsExplained() throws Exception {
		_assertRefusal(
			new RegistrationStatusException("Registration 502 is cancelled"),
			RegistrationStatusException.class,
			"someone-in-the-list-is-no-longer-registered-reload-the-page");
	}

	@Test
	public void aParticipantRemovedIsExplained() throws Exception {
		_assertRefusal(
			new NoSuchRegistrationException(), NoSuchRegistrationException.class,
			"someone-in-the-list-is-no-longer-registered-reload-the-page");
	}

	@Test
	public void aRefusedPermissionIsExplained() throws Exception {
		_assertRefusal(
			new PrincipalException.MustHavePermission(
				20125, CourseSession.class.getName(), 40201,
				"MARK_ATTENDANCE"),
			PrincipalException.class,
			"you-may-not-mark-attendance-on-this-session");
	}

	@Test
	public void aSessionDateRemovedIsExplained() throws Exception {
		_assertRefusal(
			new NoSuchSessionDateException(), NoSuchSessionDateException.class,
			"the-session-date-could-not-be-found");
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		_form(new String[] {"501"}, new String[] {"501"}, false);

		when(
			_attendanceService.markAttendances(
				anyLong(), any(long[].class), any(long[].class))
		).thenThrow(
			new SystemException("database down")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void checkedBoxesArePresentAndTheRestOfTheListAbsent()
		throws Exception {

		_form(
			new String[] {"501", "502", "503"}, new String[] {"503", "501"},
			false);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_attendanceService).markAttendances(
			_SESSION_DATE_ID, new long[] {501, 503}, new long[] {502});
		assertTrue(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.ATTENDANCE_SAVED));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		_assertBackToTheDate();
	}

	@Test
	public void markAllPresentMarksEveryoneListedPresent() throws Exception {
		_form(
			new String[] {"501", "502", "503"}, new String[] {"502"}, true);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_attendanceService).markAttendances(
			_SESSION_DATE_ID, new long[] {501, 502, 503}, new long[0]);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.ATTENDANCE_SAVED));
	}

	@Test
	public void onlyThoseListedAreMarked() throws Exception {
		_form(new String[] {"501"}, new String[] {"501", "999"}, false);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_attendanceService).markAttendances(
			_SESSION_DATE_ID, new long[] {501}, new long[0]);
	}

	@BeforeEach
	public void setUp() throws PortalException {
		Fields.set(_command, "_attendanceService", _attendanceService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_actionRequest.getParameter("courseSessionId")
		).thenReturn(
			String.valueOf(_COURSE_SESSION_ID)
		);
		when(
			_actionRequest.getParameter("sessionDateId")
		).thenReturn(
			String.valueOf(_SESSION_DATE_ID)
		);
		when(
			_attendanceService.markAttendances(
				anyLong(), any(long[].class), any(long[].class))
		).thenReturn(
			Collections.emptyList()
		);
	}

	private void _assertBackToTheDate() {
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_MY_SESSIONS);
		verify(_renderParameters).setValue(
			"courseSessionId", String.valueOf(_COURSE_SESSION_ID));
		verify(_renderParameters).setValue(
			"sessionDateId", String.valueOf(_SESSION_DATE_ID));
	}

	private void _assertRefusal(
			PortalException portalException,
			Class<? extends PortalException> errorType, String messageKey)
		throws Exception {

		_form(new String[] {"501", "502"}, new String[] {"501"}, false);

		when(
			_attendanceService.markAttendances(
				anyLong(), any(long[].class), any(long[].class))
		).thenThrow(
			portalException
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			portalException,
			SessionErrors.get(_actionRequest, errorType.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.ATTENDANCE_SAVED));
		_assertBackToTheDate();
		verify(
			_renderParameters, never()
		).setValue(
			"sessionInstructorId", String.valueOf(0L)
		);
		assertEquals(
			messageKey,
			MySessionsMessages.getAttendanceErrorKeys(
			).get(
				errorType
			),
			"the page explains the refusal with its own message");
	}

	private void _form(
		String[] registrationIds, String[] present, boolean markAllPresent) {

		when(
			_actionRequest.getParameterValues("registrationIds")
		).thenReturn(
			registrationIds
		);
		when(
			_actionRequest.getParameterValues("present")
		).thenReturn(
			present
		);
		when(
			_actionRequest.getParameter("markAllPresent")
		).thenReturn(
			markAllPresent ? "true" : null
		);
	}

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _SESSION_DATE_ID = 60002;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AttendanceService _attendanceService = mock(
		AttendanceService.class);
	private final MarkAttendancesMVCActionCommand _command =
		new MarkAttendancesMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
