package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.CheckInClosedException;
import se.livsviktig.training.exception.CheckInCodeException;
import se.livsviktig.training.exception.CheckInNotConfirmedException;
import se.livsviktig.training.exception.CheckInNotRegisteredException;
import se.livsviktig.training.exception.DuplicateCheckInException;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * Checking in from the session's page: the remote service checks in the caller with the code as typed or as the
 * QR code's link gave it; a refusal returns to the page with its typed exception and the code kept.
 *
 * @author Livsviktig
 */
public class CheckInMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(kernelStatics.portal()).with(_actionRequest);

		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_actionRequest.getParameter("courseSessionId")
		).thenReturn(
			"4711"
		);
		when(
			_actionRequest.getParameter("checkInCode")
		).thenReturn(
			"abc 234"
		);

		Fields.set(_command, "_attendanceService", _attendanceService);
	}

	@Test
	public void checkingInCallsTheRemoteServiceAndSaysSo() throws Exception {
		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_attendanceService).checkIn(4711, "abc 234");
		assertEquals(
			"you-are-checked-in-and-marked-present",
			SessionMessages.get(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		_assertBackOnTheSessionPage();
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void aRefusalIsKeptForThePageWithTheCode(
			PortalException portalException)
		throws Exception {

		when(
			_attendanceService.checkIn(4711, "abc 234")
		).thenThrow(
			portalException
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(_actionRequest, portalException.getClass()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
		verify(_renderParameters).setValue("checkInCode", "abc 234");
		_assertBackOnTheSessionPage();
	}

	public static Stream<PortalException> refusals() {
		return Stream.of(
			new CheckInClosedException(), new CheckInCodeException(),
			new CheckInNotConfirmedException(),
			new CheckInNotRegisteredException(),
			new DuplicateCheckInException());
	}

	private void _assertBackOnTheSessionPage() {
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_COURSE_SESSION
		);
		verify(_renderParameters).setValue("courseSessionId", "4711");
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AttendanceService _attendanceService = mock(
		AttendanceService.class);
	private final CheckInMVCActionCommand _command =
		new CheckInMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
