package se.livsviktig.survey.web.internal.portlet.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;

/**
 * Saving a dispatch sends its settings and its status to the service in one call, so they commit or fail together;
 * a refusal of either brings the form back with its message.
 *
 * @author Livsviktig
 */
public class EditSurveyDispatchMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		Fields.set(_command, "portal", _portal);
		Fields.set(_command, "_surveyDispatchService", _surveyDispatchService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		ThemeDisplay themeDisplay = new ThemeDisplay();

		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));

		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_actionRequest.getParameterMap()
		).thenReturn(
			_parameters
		);

		_param("surveyId", "71");
		_param("surveyDispatchId", "72");
		_param("target", "method");
		_param("methodId", "501");
		_param(
			"triggerType",
			String.valueOf(SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE));
		_param("delayDays", "0");
		_param("windowStartDate", "2026-01-01");
		_param("closeDate", "2026-03-01");
		_param("reminderIntervalDays", "7");
		_param("maxReminders", "2");
		_param("status", String.valueOf(SurveyDispatchConstants.STATUS_CLOSED));
	}

	@Test
	public void settingsAndStatusAreSavedByOneCall() throws Exception {
		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_surveyDispatchService
		).updateSurveyDispatch(
			eq(72L), eq(501L), eq(new long[0]),
			eq(SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE), eq(0), any(),
			any(), eq(7), eq(2), eq(SurveyDispatchConstants.STATUS_CLOSED)
		);
		verify(
			_surveyDispatchService, never()
		).updateSurveyDispatchStatus(
			anyLong(), anyInt()
		);
		verify(
			_surveyDispatchService, never()
		).updateSurveyDispatch(
			anyLong(), anyLong(), any(), anyInt(), anyInt(), any(), any(),
			anyInt(), anyInt()
		);
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", SurveyMVCCommandNames.VIEW_SURVEY_DISPATCHES
		);
	}

	@Test
	public void aRefusedStatusBringsTheFormBack() throws Exception {
		doThrow(
			new SurveyDispatchException("choose-active-paused-or-closed")
		).when(
			_surveyDispatchService
		).updateSurveyDispatch(
			anyLong(), anyLong(), any(), anyInt(), anyInt(), any(), any(),
			anyInt(), anyInt(), anyInt()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		Assertions.assertTrue(
			SessionErrors.contains(
				_actionRequest, SurveyDispatchException.class));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", SurveyMVCCommandNames.EDIT_SURVEY_DISPATCH
		);
	}

	private void _param(String name, String value) {
		_parameters.put(name, new String[] {value});

		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final EditSurveyDispatchMVCActionCommand _command =
		new EditSurveyDispatchMVCActionCommand();
	private final Map<String, String[]> _parameters = new HashMap<>();
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final SurveyDispatchService _surveyDispatchService = mock(
		SurveyDispatchService.class);

}
