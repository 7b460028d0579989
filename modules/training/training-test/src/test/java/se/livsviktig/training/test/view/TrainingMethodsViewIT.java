package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.display.context.TrainingMethodsDisplayContext;
import se.livsviktig.training.web.internal.portlet.action.ViewTrainingMethodsMVCRenderCommand;

/**
 * course_catalog/view.jsp as staff see it, rendered by the real ViewTrainingMethodsMVCRenderCommand and its
 * TrainingMethodsDisplayContext: empty, a full page with paging, without the add permission, and after a save.
 *
 * @author Livsviktig
 */
public class TrainingMethodsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void emptyCatalogueSaysThereAreNoMethodsYet(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of(), false);

		view.assertHeading(
			2, view.message("course-catalogue")
		).assertHeading(
			3, view.message("training-methods")
		).assertText(
			view.message("no-training-methods-yet")
		).assertNone(
			"table", "an empty catalogue shows a sentence, not an empty table"
		).assertNone(
			"a.btn", "a reader without the permission gets no add button"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void fullCatalogueListsOnePageOfMethodsWithPageLinks(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"full", ViewRequest.in(locale), TrainingViews.trainingMethods(12),
			true);

		view.assertHeading(
			2, view.message("course-catalogue")
		).assertTableRows(
			_PAGE_SIZE
		).assertLink(
			view.message("add-training-method"),
			"mvcRenderCommandName=%2Ftraining%2Fedit_training_method"
		).assertLink(
			view.message("edit"), "trainingMethodId=1"
		);

		String firstName = (locale == TrainingViews.SWEDISH) ? "MHFA Vuxen" :
			"MHFA Adult";

		Assertions.assertEquals(
			firstName, view.select("tbody th[scope=row]").first().text(),
			view.getName() + ": the first row is headed by the method's name");

		Elements headers = view.select("thead th[scope=col]");

		Assertions.assertEquals(
			view.message("name"), headers.get(0).text(),
			view.getName() + ": the first column is the name");

		Elements pageLinks = view.select("nav .pagination .page-link");

		Assertions.assertEquals(
			3, pageLinks.size(),
			view.getName() + ": 12 methods, 5 a page, make 3 page links");
		Assertions.assertEquals(
			"page", pageLinks.get(0).attr("aria-current"),
			view.getName() + ": the first page is marked as the current one");
		Assertions.assertTrue(
			pageLinks.get(1).attr("href").contains("cur=2"),
			view.getName() + ": the second page link leads to page 2");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void readerWithoutAddPermissionGetsNoAddOrEditLinks(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"full-without-add-permission", ViewRequest.in(locale),
			TrainingViews.trainingMethods(12), false);

		view.assertTableRows(
			_PAGE_SIZE
		).assertNone(
			"a.btn", "no add button without the permission"
		).assertNone(
			"a[href*=trainingMethodId]", "no edit links without the permission"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void savedMethodShowsASuccessMessage(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"saved",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					TrainingMethodsDisplayContext.SAVED_MESSAGE_KEY)
			),
			TrainingViews.trainingMethods(3), true);

		view.assertAlert(
			"success", view.message("the-training-method-was-saved")
		).assertTableRows(
			3
		).assertNone(
			"nav .pagination", "one page needs no page links"
		);

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<TrainingMethod> trainingMethods, boolean mayAdd)
		throws Exception {

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethodsCount(
				ViewHarness.COMPANY_GROUP_ID, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			trainingMethods.size()
		);
		when(
			trainingMethodService.getTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID),
				eq(WorkflowConstants.STATUS_APPROVED), anyInt(), anyInt())
		).thenAnswer(
			invocation -> trainingMethods.subList(
				Math.min(invocation.getArgument(2), trainingMethods.size()),
				Math.min(invocation.getArgument(3), trainingMethods.size()))
		);

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(), anyLong(), eq(TrainingActionKeys.ADD_TRAINING_METHOD))
		).thenReturn(
			mayAdd
		);

		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			trainingCompanyConfiguration.catalogPageSize()
		).thenReturn(
			_PAGE_SIZE
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				TrainingCompanyConfiguration.class, ViewHarness.COMPANY_ID)
		).thenReturn(
			trainingCompanyConfiguration
		);

		ViewTrainingMethodsMVCRenderCommand renderCommand =
			new ViewTrainingMethodsMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_configurationProvider", configurationProvider);
		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", trainingMethodService);

		return _viewHarness.render(
			"course_catalog-training_methods", state, viewRequest, renderCommand::render);
	}

	private static final int _PAGE_SIZE = 5;

	private static ViewHarness _viewHarness;

}
