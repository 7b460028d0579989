package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
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

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.CourseDescriptionException;
import se.livsviktig.training.exception.CourseDurationException;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;

/**
 * Saving a course: a new one in the coordinator's site, a saved one by its id; each typed refusal brings back
 * the form with what was typed; a refused permission or a course gone shows the error page.
 *
 * @author Livsviktig
 */
public class AdminEditCourseMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@BeforeEach
	public void setUp() {
		Fields.set(_command, "_courseService", _courseService);
		Fields.set(_command, "_localization", _localization);
		Fields.set(_command, "_portal", _portal);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

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
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_SITE_GROUP_ID
		);
		when(
			_localization.getLocalizationMap(_actionRequest, "title")
		).thenReturn(
			_titleMap
		);

		_param("trainingMethodId", "3");
		_param("durationHours", "7.5");
		_param("autoBookInterested", "true");

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				Course.class.getName(), _actionRequest)
		).thenReturn(
			new ServiceContext()
		);
	}

	@Test
	public void aCourseGoneShowsTheErrorPage() throws Exception {
		_param("courseId", "404");

		when(
			_courseService.updateCourse(
				eq(404L), anyLong(), any(), any(), any(), anyDouble(),
				anyBoolean(), any())
		).thenThrow(
			new NoSuchCourseException()
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchCourseException.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
	}

	@Test
	public void aMissingPermissionShowsTheErrorPage() throws Exception {
		when(
			_courseService.addCourse(
				anyLong(), anyLong(), any(), any(), any(), anyDouble(),
				anyBoolean(), any())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, "se.livsviktig.training", _SITE_GROUP_ID, "ADD_COURSE")
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				PrincipalException.MustHavePermission.class.getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
		assertFalse(
			SessionMessages.contains(
				_actionRequest, AdminCoursesDisplayContext.SAVED_MESSAGE_KEY));
	}

	@Test
	public void anUnexpectedExceptionIsNotSwallowed() throws Exception {
		when(
			_courseService.addCourse(
				anyLong(), anyLong(), any(), any(), any(), anyDouble(),
				anyBoolean(), any())
		).thenThrow(
			new SystemException("database gone")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void aNewCourseIsAddedToTheCoordinatorsSite() throws Exception {
		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_courseService
		).addCourse(
			eq(_SITE_GROUP_ID), eq(3L), eq(_titleMap), any(), any(), eq(7.5),
			eq(true), any(ServiceContext.class)
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, AdminCoursesDisplayContext.SAVED_MESSAGE_KEY));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	public void eachRefusalBringsBackTheFormWithWhatWasTyped(
			PortalException exception)
		throws Exception {

		_param("courseId", "12");

		when(
			_courseService.updateCourse(
				eq(12L), anyLong(), any(), any(), any(), anyDouble(),
				anyBoolean(), any())
		).thenThrow(
			exception
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			exception,
			SessionErrors.get(_actionRequest, exception.getClass().getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.ADMIN_EDIT_COURSE);
		verify(
			_courseService, never()
		).addCourse(
			anyLong(), anyLong(), any(), any(), any(), anyDouble(),
			anyBoolean(), any()
		);
	}

	protected static Stream<PortalException> refusals() {
		return Stream.of(
			new CourseDescriptionException(), new CourseDurationException(),
			new CourseTitleException(), new NoSuchTrainingMethodException());
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _SITE_GROUP_ID = 20119;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AdminEditCourseMVCActionCommand _command =
		new AdminEditCourseMVCActionCommand();
	private final CourseService _courseService = mock(CourseService.class);
	private final Localization _localization = mock(Localization.class);
	private final Portal _portal = mock(Portal.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final Map<Locale, String> _titleMap = Map.of(
		new Locale("sv", "SE"), "Våga fråga");

}
