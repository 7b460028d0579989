package se.livsviktig.training.web.internal.portlet.action;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.display.context.MyTrainingDisplayContext;

/**
 * An action request and the render request that follows it in the same session, so a test can ask what the user
 * reads after an action of Mina utbildningar: the messages of the page's display context.
 *
 * @author Livsviktig
 */
class MyTrainingActions {

	MyTrainingActions(KernelStatics kernelStatics) {
		PortletSessions portletSessions = new PortletSessions(
			kernelStatics.portal());

		portletSessions.with(actionRequest);
		portletSessions.with(_renderRequest);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);
	}

	/**
	 * @return the Language keys of the error summary the next render shows
	 */
	List<String> errorMessageKeys() {
		return _displayContext().getErrorMessageKeys();
	}

	void param(String name, String value) {
		when(
			actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	/**
	 * @return the Language keys of the confirmations the next render shows
	 */
	List<String> successMessageKeys() {
		return _displayContext().getSuccessMessageKeys();
	}

	final ActionRequest actionRequest = mock(ActionRequest.class);
	final ActionResponse actionResponse = mock(ActionResponse.class);

	private MyTrainingDisplayContext _displayContext() {
		return new MyTrainingDisplayContext(
			_renderRequest, _renderResponse,
			new MyTrainingDisplayContext.MyTrainingServices(
				mock(RegistrationService.class),
				mock(CourseInterestService.class),
				mock(CourseSessionLocalService.class),
				mock(CourseLocalService.class),
				mock(TrainingMethodLocalService.class),
				mock(UserLocalService.class)),
			new Date(), 20);
	}

	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);

}
