package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * error.jsp as EditTrainingMethodMVCRenderCommand leads to it: a reader without the permission, and a method that
 * is not there. Either way the page says what happened and offers the way back.
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
