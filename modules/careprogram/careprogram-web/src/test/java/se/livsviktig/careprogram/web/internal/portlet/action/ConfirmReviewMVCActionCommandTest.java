package se.livsviktig.careprogram.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.exception.ContentReviewCommentException;
import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * "Fortfarande korrekt" in one click: a routine's or a programme's review is confirmed through its remote service
 * with the comment typed, the owner goes back where they clicked with a message; a refused permission or a
 * routine gone shows the error page and confirms nothing.
 *
 * @author Livsviktig
 */
public class ConfirmReviewMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		Fields.set(_command, "_careProgramService", _careProgramService);
		Fields.set(_command, "_localRoutineService", _localRoutineService);
		Fields.set(_command, "_portal", _portal);

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
			_portal.escapeRedirect(_REDIRECT)
		).thenReturn(
			_REDIRECT
		);

		_param("redirect", _REDIRECT);
		_param("comment", "Läst igenom, stämmer");
	}

	@Test
	public void aRoutineIsConfirmedWithItsCommentAndTheOwnerGoesBack()
		throws Exception {

		_param("localRoutineId", "501");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_localRoutineService
		).confirmLocalRoutineReview(
			501L, "Läst igenom, stämmer"
		);
		verify(
			_careProgramService, never()
		).confirmCareProgramReview(
			anyLong(), anyString()
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.REVIEW_CONFIRMED));
		verify(
			_actionResponse
		).sendRedirect(
			_REDIRECT
		);
	}

	@Test
	public void aProgrammesOwnSummaryIsConfirmedByItsProgramme()
		throws Exception {

		_param("careProgramId", "77");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_careProgramService
		).confirmCareProgramReview(
			77L, "Läst igenom, stämmer"
		);
		verify(
			_localRoutineService, never()
		).confirmLocalRoutineReview(
			anyLong(), anyString()
		);
	}

	@Test
	public void aRefusedPermissionShowsTheErrorPage() throws Exception {
		_param("localRoutineId", "501");

		when(
			_localRoutineService.confirmLocalRoutineReview(
				501L, "Läst igenom, stämmer")
		).thenThrow(
			new PrincipalException.MustHavePermission(
				9, "LocalRoutine", 501, "CONFIRM_REVIEW")
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.REVIEW_CONFIRMED));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
		verify(
			_actionResponse, never()
		).sendRedirect(
			anyString()
		);
	}

	@Test
	public void aRoutineGoneShowsTheErrorPage() throws Exception {
		_param("localRoutineId", "501");

		when(
			_localRoutineService.confirmLocalRoutineReview(
				501L, "Läst igenom, stämmer")
		).thenThrow(
			new NoSuchLocalRoutineException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchLocalRoutineException.class.getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
	}

	@Test
	public void aCommentTooLongBringsTheOwnerBackSayingNothingWasConfirmed()
		throws Exception {

		_param("localRoutineId", "501");

		when(
			_localRoutineService.confirmLocalRoutineReview(
				501L, "Läst igenom, stämmer")
		).thenThrow(
			new ContentReviewCommentException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, ContentReviewCommentException.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.REVIEW_CONFIRMED));
		verify(
			_actionResponse
		).sendRedirect(
			_REDIRECT
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final String _REDIRECT =
		"http://localhost/web/intranat/mina-granskningar";

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final CareProgramService _careProgramService = mock(
		CareProgramService.class);
	private final ConfirmReviewMVCActionCommand _command =
		new ConfirmReviewMVCActionCommand();
	private final LocalRoutineService _localRoutineService = mock(
		LocalRoutineService.class);
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
