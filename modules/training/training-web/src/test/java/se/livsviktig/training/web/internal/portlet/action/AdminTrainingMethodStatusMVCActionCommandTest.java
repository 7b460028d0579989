package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminTrainingMethodsDisplayContext;

/**
 * Archiving a training method and making it active again from the Methods tab: each through the remote service,
 * which checks UPDATE; a refused permission or a method gone shows the error page.
 *
 * @author Livsviktig
 */
public class AdminTrainingMethodStatusMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		Fields.set(_command, "_trainingMethodService", _trainingMethodService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionRequest.getParameter("trainingMethodId")
		).thenReturn(
			"31"
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
	}

	@Test
	public void archivingSetsTheMethodInactiveAndSaysSo() throws Exception {
		_actionName(TrainingMVCCommandNames.ADMIN_ARCHIVE_TRAINING_METHOD);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_trainingMethodService
		).updateStatus(
			31, WorkflowConstants.STATUS_INACTIVE
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminTrainingMethodsDisplayContext.ARCHIVED_MESSAGE_KEY));
	}

	@Test
	public void restoringMakesTheMethodActiveAgainAndSaysSo() throws Exception {
		_actionName(TrainingMVCCommandNames.ADMIN_RESTORE_TRAINING_METHOD);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_trainingMethodService
		).updateStatus(
			31, WorkflowConstants.STATUS_APPROVED
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				AdminTrainingMethodsDisplayContext.RESTORED_MESSAGE_KEY));
	}

	@Test
	public void aRefusedPermissionShowsTheErrorPage() throws Exception {
		_actionName(TrainingMVCCommandNames.ADMIN_ARCHIVE_TRAINING_METHOD);

		when(
			_trainingMethodService.updateStatus(
				31, WorkflowConstants.STATUS_INACTIVE)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, TrainingMethod.class.getName(), 31, "UPDATE")
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				AdminTrainingMethodsDisplayContext.ARCHIVED_MESSAGE_KEY));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void aMethodGoneShowsTheErrorPage() throws Exception {
		_actionName(TrainingMVCCommandNames.ADMIN_RESTORE_TRAINING_METHOD);

		when(
			_trainingMethodService.updateStatus(
				31, WorkflowConstants.STATUS_APPROVED)
		).thenThrow(
			new NoSuchTrainingMethodException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchTrainingMethodException.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	private void _actionName(String actionName) {
		when(
			_actionRequest.getParameter(ActionRequest.ACTION_NAME)
		).thenReturn(
			actionName
		);
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AdminTrainingMethodStatusMVCActionCommand _command =
		new AdminTrainingMethodStatusMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
