package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The Courses tab: who is offered "Add course", and what the search asks the service for.
 *
 * @author Livsviktig
 */
public class AdminCoursesDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_SITE_GROUP_ID
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_themeDisplay.getPermissionChecker()
		).thenReturn(
			_permissionChecker
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

	@Test
	public void addCourseIsOfferedToThoseWhoMayAddCoursesOnTheSite() {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _SITE_GROUP_ID,
				TrainingActionKeys.ADD_COURSE)
		).thenReturn(
			true
		);

		assertTrue(_displayContext().isShowAddButton());
	}

	@Test
	public void addCourseIsNotOfferedToOthers() {
		assertFalse(_displayContext().isShowAddButton());
	}

	@Test
	public void theKeywordsAndStatusGoToTheServicesPermissionFilteredSearch() {
		_param("keywords", "våga fråga");
		_param("status", String.valueOf(WorkflowConstants.STATUS_APPROVED));

		_displayContext().getResults();

		verify(
			_courseService
		).searchCourses(
			eq(_SITE_GROUP_ID), eq("våga fråga"),
			eq(WorkflowConstants.STATUS_APPROVED), eq(0L), anyInt(), anyInt(),
			any()
		);
	}

	private AdminCoursesDisplayContext _displayContext() {
		return new AdminCoursesDisplayContext(
			_renderRequest, _renderResponse, _courseService,
			mock(TrainingMethodService.class), _portletResourcePermission, 20);
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _SITE_GROUP_ID = 20121;

	private final CourseService _courseService = mock(CourseService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
