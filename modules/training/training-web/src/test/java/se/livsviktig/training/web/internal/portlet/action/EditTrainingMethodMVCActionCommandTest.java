package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.TrainingMethodsDisplayContext;

/**
 * @author Livsviktig
 */
public class EditTrainingMethodMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@BeforeEach
	public void setUp() {
		Fields.set(_command, "_localization", _localization);
		Fields.set(_command, "_portal", _portal);
		Fields.set(_command, "_trainingMethodService", _trainingMethodService);

		_portletSessions = new PortletSessions(kernelStatics.portal());

		_portletSessions.with(_actionRequest);

		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_themeDisplay.getCompanyGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
		when(
			_localization.getLocalizationMap(_actionRequest, "name")
		).thenReturn(
			_nameMap
		);
		when(
			_localization.getLocalizationMap(_actionRequest, "description")
		).thenReturn(
			_descriptionMap
		);

		_param("certifiedInstructorsRequired", "true");
		_param("instructorsPerSession", "2");
		_param("requiredAttendancePercent", "100");
		_param("licenceSessionsRequired", "2");
		_param("licencePeriodMonths", "24");
		_param("followUpSurveyDays", "180");

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				TrainingMethod.class.getName(), _actionRequest)
		).thenReturn(
			_serviceContext
		);
	}

	@Test
	public void aMissingPermissionShowsTheErrorPage() throws Exception {
		when(
			_trainingMethodService.addTrainingMethod(
				anyLong(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyInt(), anyInt(), anyInt(), any())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, "se.livsviktig.training", 1, "ADD_TRAINING_METHOD")
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void aMissingTrainingMethodShowsTheErrorPage() throws Exception {
		_param("trainingMethodId", "404");

		when(
			_trainingMethodService.updateTrainingMethod(
				eq(404L), any(), any(), anyBoolean(), anyInt(), anyInt(),
				anyInt(), anyInt(), anyInt(), any())
		).thenThrow(
			new NoSuchTrainingMethodException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchTrainingMethodException.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void aRefusedNameBringsBackTheFormWithWhatWasTyped()
		throws Exception {

		TrainingMethodNameException trainingMethodNameException =
			new TrainingMethodNameException();

		when(
			_trainingMethodService.addTrainingMethod(
				anyLong(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyInt(), anyInt(), anyInt(), any())
		).thenThrow(
			trainingMethodNameException
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			trainingMethodNameException,
			SessionErrors.get(
				_actionRequest, TrainingMethodNameException.class.getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.EDIT_TRAINING_METHOD);
		assertFalse(
			SessionMessages.contains(
				_actionRequest, TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY));
	}

	@Test
	public void aRuleOutOfRangeBringsBackTheFormWithTheRuleError()
		throws Exception {

		_param("trainingMethodId", "40001");

		when(
			_trainingMethodService.updateTrainingMethod(
				anyLong(), any(), any(), anyBoolean(), anyInt(), anyInt(),
				anyInt(), anyInt(), anyInt(), any())
		).thenThrow(
			new TrainingMethodRuleException("instructorsPerSession", 1, 20)
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		TrainingMethodRuleException trainingMethodRuleException =
			(TrainingMethodRuleException)SessionErrors.get(
				_actionRequest, TrainingMethodRuleException.class.getName());

		assertEquals(
			"instructorsPerSession", trainingMethodRuleException.getField());
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.EDIT_TRAINING_METHOD);
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		when(
			_trainingMethodService.addTrainingMethod(
				anyLong(), any(), any(), any(), anyBoolean(), anyInt(),
				anyInt(), anyInt(), anyInt(), anyInt(), any())
		).thenThrow(
			new SystemException("database down")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void savingAnExistingMethodUpdatesIt() throws Exception {
		_param("trainingMethodId", "40001");

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_trainingMethodService).updateTrainingMethod(
			40001L, _nameMap, _descriptionMap, true, 2, 100, 2, 24, 180,
			_serviceContext);
		verify(
			_trainingMethodService, never()
		).addTrainingMethod(
			anyLong(), any(), any(), any(), anyBoolean(), anyInt(), anyInt(),
			anyInt(), anyInt(), anyInt(), any()
		);
	}

	@Test
	public void savingANewMethodAddsItToTheCompanysGlobalSite()
		throws Exception {

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_trainingMethodService).addTrainingMethod(
			_COMPANY_GROUP_ID, null, _nameMap, _descriptionMap, true, 2, 100, 2,
			24, 180, _serviceContext);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _COMPANY_GROUP_ID = 20121;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final EditTrainingMethodMVCActionCommand _command =
		new EditTrainingMethodMVCActionCommand();
	private final Map<Locale, String> _descriptionMap =
		Collections.singletonMap(
			new Locale("sv", "SE"), "Första hjälpen till psykisk hälsa");
	private final Localization _localization = mock(Localization.class);
	private final Map<Locale, String> _nameMap = Collections.singletonMap(
		new Locale("sv", "SE"), "MHFA Vuxen");
	private final Portal _portal = mock(Portal.class);
	private PortletSessions _portletSessions;
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final ServiceContext _serviceContext = new ServiceContext();
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
