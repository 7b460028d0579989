package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.RenderURL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * The session page's "back" link comes from the request, so anyone can craft a link to the page whose "back"
 * leads to another site: only what the portal's redirect rules allow (its own pages, allowed hosts) is used.
 *
 * @author Livsviktig
 */
public class ViewCourseSessionMVCRenderCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		new PortletSessions(kernelStatics.portal()).with(_renderRequest);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getLocale()).thenReturn(new Locale("sv", "SE"));
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
		when(
			_renderRequest.getParameter("courseSessionId")
		).thenReturn(
			"4711"
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(courseSession.getCourseSessionId()).thenReturn(4711L);
		when(
			courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_PUBLISHED
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSession(4711)
		).thenReturn(
			courseSession
		);
		when(
			courseSessionService.getSessionDates(4711)
		).thenReturn(
			Collections.emptyList()
		);

		RenderURL catalogueURL = mock(RenderURL.class);

		when(catalogueURL.toString()).thenReturn(_CATALOGUE_URL);
		when(_renderResponse.createRenderURL()).thenReturn(catalogueURL);

		Fields.set(
			_renderCommand, "_courseLocalService",
			mock(CourseLocalService.class));
		Fields.set(
			_renderCommand, "_courseSessionService", courseSessionService);
		Fields.set(_renderCommand, "_portal", _portal);
		Fields.set(
			_renderCommand, "_portletResourcePermission",
			mock(PortletResourcePermission.class));
		Fields.set(
			_renderCommand, "_registrationService",
			mock(RegistrationService.class));
		Fields.set(
			_renderCommand, "_trainingMethodService",
			mock(TrainingMethodService.class));
	}

	@Test
	public void aRedirectToAnotherSiteIsNotTheWayBack() throws Exception {
		String externalURL = "https://evil.example/login";

		_redirect(externalURL);

		// What the portal's escapeRedirect answers for a host that is not the portal's own nor allowed

		when(_portal.escapeRedirect(externalURL)).thenReturn(null);

		assertEquals(_CATALOGUE_URL, _render().getBackURL());
	}

	@Test
	public void aRedirectWithinThePortalIsTheWayBack() throws Exception {
		String pageURL = "/web/intranet/utbildning?page=2";

		_redirect(pageURL);

		when(_portal.escapeRedirect(pageURL)).thenReturn(pageURL);

		assertEquals(pageURL, _render().getBackURL());
	}

	private void _redirect(String redirect) {
		when(_renderRequest.getParameter("redirect")).thenReturn(redirect);
	}

	private CourseSessionDisplayContext _render() throws Exception {
		_renderCommand.render(_renderRequest, _renderResponse);

		ArgumentCaptor<CourseSessionDisplayContext> displayContextCaptor =
			ArgumentCaptor.forClass(CourseSessionDisplayContext.class);

		verify(
			_renderRequest
		).setAttribute(
			eq(TrainingWebKeys.COURSE_SESSION_DISPLAY_CONTEXT),
			displayContextCaptor.capture()
		);

		return displayContextCaptor.getValue();
	}

	private static final String _CATALOGUE_URL =
		"/web/intranet/kurser?mvcRenderCommandName=catalogue";

	private final Portal _portal = mock(Portal.class);
	private final ViewCourseSessionMVCRenderCommand _renderCommand =
		new ViewCourseSessionMVCRenderCommand();
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);

}
