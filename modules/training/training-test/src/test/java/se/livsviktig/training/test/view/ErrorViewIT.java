package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.Portal;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.portlet.action.ViewCourseSessionMVCRenderCommand;

/**
 * error.jsp as EditTrainingMethodMVCRenderCommand and ViewCourseSessionMVCRenderCommand lead to it: a reader
 * without the permission, a method or a session that is not there (an old link, a cancelled draft). Either way the
 * page says what happened and offers the way back.
 *
 * @author Livsviktig
 */
public class ErrorViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void missingMethodSaysItCouldNotBeFound(Locale locale)
		throws Exception {

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethod(99)
		).thenThrow(
			new NoSuchTrainingMethodException()
		);

		RenderedView view = _viewHarness.render(
			"error", "not-found",
			ViewRequest.in(
				locale
			).parameter(
				"trainingMethodId", "99"
			),
			EditTrainingMethodViews.renderCommand(
				trainingMethodService, mock(PortletResourcePermission.class))::render);

		view.assertAlert(
			"danger", view.message("the-training-method-could-not-be-found")
		).assertLink(
			view.message("back-to-the-course-catalogue"), "p_p_lifecycle=0"
		).assertNone(
			"form", "the error page offers no form"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void missingSessionSaysItCouldNotBeFound(Locale locale)
		throws Exception {

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSession(4040)
		).thenThrow(
			new NoSuchCourseSessionException()
		);

		ViewCourseSessionMVCRenderCommand renderCommand =
			new ViewCourseSessionMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_portal", mock(Portal.class));
		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			mock(PortletResourcePermission.class));
		TrainingViews.inject(
			renderCommand, "_courseLocalService",
			mock(CourseLocalService.class));
		TrainingViews.inject(
			renderCommand, "_courseSessionService", courseSessionService);
		TrainingViews.inject(
			renderCommand, "_registrationService",
			mock(RegistrationService.class));
		TrainingViews.inject(
			renderCommand, "_trainingMethodService",
			mock(TrainingMethodService.class));

		RenderedView view = _viewHarness.render(
			"error", "session-not-found",
			ViewRequest.in(
				locale
			).parameter(
				"courseSessionId", "4040"
			),
			renderCommand::render);

		view.assertAlert(
			"danger", view.message("the-session-could-not-be-found")
		).assertLink(
			view.message("back-to-the-course-catalogue"), "p_p_lifecycle=0"
		).assertNone(
			"form", "a session that is not there offers nothing to register for"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void readerWithoutPermissionIsToldSoInsteadOfGettingTheForm(
			Locale locale)
		throws Exception {

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		doThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, "ADD_TRAINING_METHOD")
		).when(
			portletResourcePermission
		).check(
			any(), anyLong(), anyString()
		);

		RenderedView view = _viewHarness.render(
			"error", "refused", ViewRequest.in(locale),
			EditTrainingMethodViews.renderCommand(
				mock(TrainingMethodService.class), portletResourcePermission)::render);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertLink(
			view.message("back-to-the-course-catalogue"), "p_p_lifecycle=0"
		).assertNone(
			"form", "a reader without the permission gets no form"
		);

		_viewHarness.assertAccessible(view);
	}

	private static ViewHarness _viewHarness;

}
