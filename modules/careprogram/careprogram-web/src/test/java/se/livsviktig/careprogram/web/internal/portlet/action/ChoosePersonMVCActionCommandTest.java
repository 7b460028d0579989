package se.livsviktig.careprogram.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * The person picked becomes the owner, or one more contact, through the remote service's update with every other
 * value of the programme as it was; the service's refusal brings the picker back saying why.
 *
 * @author Livsviktig
 */
public class ChoosePersonMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_command, "_careProgramService", _careProgramService);
		Fields.set(_command, "_localRoutineService", _localRoutineService);

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

		CareProgram careProgram = mock(CareProgram.class);

		when(
			careProgram.getTitleMap()
		).thenReturn(
			_TITLE_MAP
		);
		when(
			careProgram.getArticleResourcePrimKey()
		).thenReturn(
			40301L
		);
		when(
			careProgram.getNationalURL()
		).thenReturn(
			"https://www.vardochinsats.se/depression"
		);
		when(
			careProgram.getOwnerUserId()
		).thenReturn(
			301L
		);
		when(
			careProgram.getReviewIntervalMonths()
		).thenReturn(
			12
		);
		when(
			_careProgramService.getCareProgram(77)
		).thenReturn(
			careProgram
		);
		when(
			_careProgramService.getContactUserIds(77)
		).thenReturn(
			new long[] {302}
		);
		when(
			_careProgramService.getTargetGroupCategoryIds(77)
		).thenReturn(
			new long[] {901}
		);
		when(
			_careProgramService.getMethodIds(77)
		).thenReturn(
			new long[] {1}
		);

		_param("careProgramId", "77");
		_param("userId", "303");
	}

	@Test
	public void thePersonPickedBecomesTheOwnerAndNothingElseChanges()
		throws Exception {

		_param("role", "owner");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_careProgramService
		).updateCareProgram(
			77L, _TITLE_MAP, 40301L, "https://www.vardochinsats.se/depression",
			303L, 12, new long[] {901}, new long[] {1}, new long[] {302}
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.OWNER_CHOSEN));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
		);
	}

	@Test
	public void thePersonPickedBecomesTheLastContact() throws Exception {
		_param("role", "contact");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_careProgramService
		).updateCareProgram(
			77L, _TITLE_MAP, 40301L, "https://www.vardochinsats.se/depression",
			301L, 12, new long[] {901}, new long[] {1}, new long[] {302, 303}
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.CONTACT_ADDED));
	}

	@Test
	public void aRefusedOwnerBringsThePickerBackSayingWhy() throws Exception {
		_param("role", "owner");

		when(
			_careProgramService.updateCareProgram(
				anyLong(), any(), anyLong(), anyString(), eq(303L), anyInt(),
				any(), any(), any())
		).thenThrow(
			new ContentOwnerException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, ContentOwnerException.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.OWNER_CHOSEN));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", CareProgramMVCCommandNames.PICK_PERSON
		);
	}

	@Test
	public void thePersonPickedBecomesTheRoutinesOwnerAndNothingElseChanges()
		throws Exception {

		_givenRoutine();

		_param("role", "routineOwner");
		_param("localRoutineId", "88");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_localRoutineService
		).updateLocalRoutine(
			88L, 40401L, 303L, 6
		);
		verify(
			_careProgramService, never()
		).updateCareProgram(
			anyLong(), any(), anyLong(), anyString(), anyLong(), anyInt(),
			any(), any(), any()
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, CareProgramMessages.OWNER_CHOSEN));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE
		);
		verify(
			_renderParameters
		).setValue(
			"localRoutineId", "88"
		);
	}

	@Test
	public void aRefusedRoutineOwnerBringsTheRoutinesPickerBack()
		throws Exception {

		_givenRoutine();

		_param("role", "routineOwner");
		_param("localRoutineId", "88");

		when(
			_localRoutineService.updateLocalRoutine(
				anyLong(), anyLong(), eq(303L), anyInt())
		).thenThrow(
			new ContentOwnerException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, ContentOwnerException.class.getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", CareProgramMVCCommandNames.PICK_PERSON
		);
		verify(
			_renderParameters
		).setValue(
			"role", "routineOwner"
		);
	}

	@Test
	public void aRoutineOfAnotherProgrammeIsNotFound() throws Exception {
		_givenRoutine();

		_param("role", "routineOwner");
		_param("localRoutineId", "99");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_localRoutineService, never()
		).updateLocalRoutine(
			anyLong(), anyLong(), anyLong(), anyInt()
		);
		verify(
			_renderParameters
		).setValue(
			"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
		);
	}

	private void _givenRoutine() throws Exception {
		LocalRoutine localRoutine = mock(LocalRoutine.class);

		when(
			localRoutine.getLocalRoutineId()
		).thenReturn(
			88L
		);
		when(
			localRoutine.getArticleResourcePrimKey()
		).thenReturn(
			40401L
		);
		when(
			localRoutine.getReviewIntervalMonths()
		).thenReturn(
			6
		);
		when(
			_localRoutineService.getCareProgramLocalRoutines(77)
		).thenReturn(
			List.of(localRoutine)
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final Map<Locale, String> _TITLE_MAP = Map.of(
		new Locale("sv", "SE"), "Depression och ångest");

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final CareProgramService _careProgramService = mock(
		CareProgramService.class);
	private final ChoosePersonMVCActionCommand _command =
		new ChoosePersonMVCActionCommand();
	private final LocalRoutineService _localRoutineService = mock(
		LocalRoutineService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
