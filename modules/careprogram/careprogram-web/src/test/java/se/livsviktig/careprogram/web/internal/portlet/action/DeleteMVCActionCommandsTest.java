package se.livsviktig.careprogram.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.exception.NoSuchCareProgramException;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * Deleting a programme or a routine goes through its remote service (which checks DELETE): deleted, the
 * coordinator lands on the list with a message; refused or gone, the error page says why and no success is
 * claimed.
 *
 * @author Livsviktig
 */
public class DeleteMVCActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		Fields.set(
			_deleteCareProgram, "_careProgramService", _careProgramService);
		Fields.set(
			_deleteLocalRoutine, "_localRoutineService", _localRoutineService);

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

		_param("careProgramId", "77");
		_param("localRoutineId", "501");
	}

	@Test
	public void aDeletedProgrammeLeavesTheListWithAMessage() throws Exception {
		_deleteCareProgram.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_careProgramService
		).deleteCareProgram(
			77L
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.CARE_PROGRAM_DELETED));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS
		);
	}

	@Test
	public void aRefusedDeleteShowsTheErrorPageAndClaimsNothing()
		throws Exception {

		when(
			_careProgramService.deleteCareProgram(77L)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				9, "CareProgram", 77, "DELETE")
		);

		_deleteCareProgram.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.CARE_PROGRAM_DELETED));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
	}

	@Test
	public void aProgrammeGoneShowsTheErrorPage() throws Exception {
		when(
			_careProgramService.deleteCareProgram(77L)
		).thenThrow(
			new NoSuchCareProgramException()
		);

		_deleteCareProgram.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchCareProgramException.class.getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
	}

	@Test
	public void aDeletedRoutineLeavesItsProgrammesRoutinesWithAMessage()
		throws Exception {

		_deleteLocalRoutine.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_localRoutineService
		).deleteLocalRoutine(
			501L
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.LOCAL_ROUTINE_DELETED));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			CareProgramMVCCommandNames.VIEW_LOCAL_ROUTINES
		);
		verify(
			_renderParameters
		).setValue(
			"careProgramId", "77"
		);
	}

	@Test
	public void aRefusedRoutineDeleteShowsTheErrorPage() throws Exception {
		when(
			_localRoutineService.deleteLocalRoutine(501L)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				9, "LocalRoutine", 501, "DELETE")
		);

		_deleteLocalRoutine.doProcessAction(_actionRequest, _actionResponse);

		assertFalse(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.LOCAL_ROUTINE_DELETED));
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final CareProgramService _careProgramService = mock(
		CareProgramService.class);
	private final DeleteCareProgramMVCActionCommand _deleteCareProgram =
		new DeleteCareProgramMVCActionCommand();
	private final DeleteLocalRoutineMVCActionCommand _deleteLocalRoutine =
		new DeleteLocalRoutineMVCActionCommand();
	private final LocalRoutineService _localRoutineService = mock(
		LocalRoutineService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
