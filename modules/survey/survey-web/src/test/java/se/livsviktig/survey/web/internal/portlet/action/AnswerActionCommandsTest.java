package se.livsviktig.survey.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;

/**
 * The answer page's two actions: answers sent by the link's token or by the invitation reach the response service
 * (which decides whether they may), success thanks the person and forgets the token, a refusal the page explains
 * comes back with the answers as sent, a link that cannot be used shows the one page for that without the token,
 * and anything else is not swallowed.
 *
 * @author Livsviktig
 */
public class AnswerActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		for (Object command : new Object[] {_addResponse, _optOut}) {
			Fields.set(command, "_portal", _portal);
			Fields.set(
				command, "_surveyResponseService", _surveyResponseService);
		}

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		HttpServletRequest httpServletRequest = mock(HttpServletRequest.class);

		when(
			_portal.getHttpServletRequest(_actionRequest)
		).thenReturn(
			httpServletRequest
		);
		when(
			_portal.getOriginalServletRequest(httpServletRequest)
		).thenReturn(
			httpServletRequest
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

		_param("answer101", "4");
		_param("answer102", "");
	}

	@Test
	public void answersByTheLinksTokenAreStoredAndThePersonThanked()
		throws Exception {

		_param("token", "q0Lk9x");

		_addResponse.doProcessAction(_actionRequest, _actionResponse);

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<Long, String[]>> answers = ArgumentCaptor.forClass(
			Map.class);

		verify(
			_surveyResponseService
		).addResponse(
			eq("q0Lk9x"), answers.capture()
		);

		assertEquals(1, answers.getValue().size());
		assertArrayEquals(new String[] {"4"}, answers.getValue().get(101L));
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				ViewAnswerFormMVCRenderCommand.RESPONSE_ADDED_MESSAGE_KEY));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", SurveyMVCCommandNames.VIEW_ANSWER_FORM
		);
		verify(
			_renderParameters, never()
		).setValue(
			eq("token"), anyString()
		);
	}

	@Test
	public void answersFromMySurveysGoByTheInvitation() throws Exception {
		_param("surveyInvitationId", "7001");

		_addResponse.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_surveyResponseService
		).addMyResponse(
			eq(7001L), any()
		);
		verify(
			_surveyResponseService, never()
		).addResponse(
			anyString(), any()
		);
	}

	@Test
	public void aMissingRequiredAnswerBringsTheFormBackWithTheAnswersAsSent()
		throws Exception {

		_param("token", "q0Lk9x");

		doThrow(
			new SurveyRequiredAnswerException()
		).when(
			_surveyResponseService
		).addResponse(
			anyString(), any()
		);

		_addResponse.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, SurveyRequiredAnswerException.class));
		verify(
			_portal
		).copyRequestParameters(
			_actionRequest, _actionResponse
		);
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				ViewAnswerFormMVCRenderCommand.RESPONSE_ADDED_MESSAGE_KEY));
	}

	@Test
	public void aLinkThatCannotBeUsedShowsTheOnePageForThatWithoutTheToken()
		throws Exception {

		_param("token", "used");

		doThrow(
			new SurveyTokenException()
		).when(
			_surveyResponseService
		).addResponse(
			anyString(), any()
		);

		_addResponse.doProcessAction(_actionRequest, _actionResponse);

		_param("surveyInvitationId", "7002");
		_param("token", "");

		doThrow(
			new PrincipalException.MustBeAuthenticated("")
		).when(
			_surveyResponseService
		).addMyResponse(
			anyLong(), any()
		);

		_addResponse.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(_actionRequest, SurveyTokenException.class));
		assertEquals(1, SessionErrors.size(_actionRequest));
		verify(
			_portal, never()
		).copyRequestParameters(
			any(ActionRequest.class), any(ActionResponse.class)
		);
	}

	@Test
	public void anythingElseIsNotSwallowed() throws Exception {
		_param("token", "q0Lk9x");

		PortalException portalException = new PortalException("database down");

		doThrow(
			portalException
		).when(
			_surveyResponseService
		).addResponse(
			anyString(), any()
		);

		assertSame(
			portalException,
			assertThrows(
				PortalException.class,
				() -> _addResponse.doProcessAction(
					_actionRequest, _actionResponse)));
	}

	@Test
	public void optOutByTheLinkIsConfirmed() throws Exception {
		_param("token", "q0Lk9x");

		_optOut.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_surveyResponseService
		).optOut(
			"q0Lk9x"
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				ViewAnswerFormMVCRenderCommand.OPTED_OUT_MESSAGE_KEY));
	}

	@Test
	public void optOutOfALinkThatCannotBeUsedShowsTheOnePageForThat()
		throws Exception {

		_param("token", "used");

		doThrow(
			new SurveyTokenException()
		).when(
			_surveyResponseService
		).optOut(
			"used"
		);

		_optOut.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(_actionRequest, SurveyTokenException.class));
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				ViewAnswerFormMVCRenderCommand.OPTED_OUT_MESSAGE_KEY));
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
	private final AddResponseMVCActionCommand _addResponse =
		new AddResponseMVCActionCommand();
	private final OptOutMVCActionCommand _optOut = new OptOutMVCActionCommand();
	private final Map<String, String[]> _parameters = new HashMap<>();
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final SurveyResponseService _surveyResponseService = mock(
		SurveyResponseService.class);

}
