package se.livsviktig.survey.web.internal.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.util.Portal;

import javax.portlet.PortletRequest;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer page finds its invitation by the e-mail link's plain token parameter, by the token the form sent
 * back, or by the invitation id Mina enkäter links with.
 *
 * @author Livsviktig
 */
public class AnswerKeyTest {

	@BeforeEach
	public void setUp() {
		when(
			_portal.getHttpServletRequest(_portletRequest)
		).thenReturn(
			_httpServletRequest
		);
		when(
			_portal.getOriginalServletRequest(_httpServletRequest)
		).thenReturn(
			_originalServletRequest
		);
	}

	@Test
	public void theLinksPlainTokenParameterNamesTheInvitation() {
		when(
			_originalServletRequest.getParameter("token")
		).thenReturn(
			"q0Lk9x"
		);

		AnswerKey answerKey = AnswerKey.of(_portletRequest, _portal);

		assertTrue(answerKey.isToken());
		assertEquals("q0Lk9x", answerKey.getToken());
	}

	@Test
	public void theFormsTokenWinsOverTheLinks() {
		when(
			_portletRequest.getParameter("token")
		).thenReturn(
			"fromForm"
		);
		when(
			_originalServletRequest.getParameter("token")
		).thenReturn(
			"fromLink"
		);

		assertEquals(
			"fromForm", AnswerKey.of(_portletRequest, _portal).getToken());
	}

	@Test
	public void mySurveysNamesTheInvitationById() {
		when(
			_portletRequest.getParameter("surveyInvitationId")
		).thenReturn(
			"7001"
		);

		AnswerKey answerKey = AnswerKey.of(_portletRequest, _portal);

		assertTrue(answerKey.isPresent());
		assertFalse(answerKey.isToken());
		assertEquals(7001, answerKey.getSurveyInvitationId());
	}

	@Test
	public void withoutEitherThePageHasNoInvitation() {
		assertFalse(AnswerKey.of(_portletRequest, _portal).isPresent());
	}

	private final HttpServletRequest _httpServletRequest = mock(
		HttpServletRequest.class);
	private final HttpServletRequest _originalServletRequest = mock(
		HttpServletRequest.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletRequest _portletRequest = mock(PortletRequest.class);

}
