package se.livsviktig.training.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * course_catalog/edit_training_method.jsp: the form for a new method, for an existing one, and after a refused
 * save, when it must keep what was typed and list each error with a link to its field.
 *
 * @author Livsviktig
 */
public class EditTrainingMethodViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void editFormIsFilledFromTheStoredMethod(Locale locale)
		throws Exception {

		TrainingMethod trainingMethod = TrainingViews.trainingMethod(
			7, "Våga fråga", "Dare to Ask");

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethod(7)
		).thenReturn(
			trainingMethod
		);

		RenderedView view = _render(
			"editing",
			ViewRequest.in(
				locale
			).parameter(
				"trainingMethodId", "7"
			),
			trainingMethodService);

		view.assertHeading(
			2, view.message("edit-training-method")
		).assertFieldValue(
			"name_sv_SE", "Våga fråga"
		).assertFieldValue(
			"name_en_US", "Dare to Ask"
		).assertFieldValue(
			"instructorsPerSession", "2"
		).assertFieldValue(
			"licencePeriodMonths", "24"
		).assertFieldValue(
			"followUpSurveyDays", "180"
		);

		Assertions.assertEquals(
			"7",
			view.select(
				"input[type=hidden][name=" + view.getNamespace() + "trainingMethodId]"
			).attr(
				"value"
			),
			view.getName() + ": the form posts back which method it edits");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void newMethodFormHasALabelledFieldForEveryRule(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"new", ViewRequest.in(locale), mock(TrainingMethodService.class));

		String swedish = new Locale(
			"sv"
		).getDisplayLanguage(
			locale
		);
		String english = Locale.ENGLISH.getDisplayLanguage(locale);

		view.assertHeading(2, view.message("add-training-method"));

		Element name = view.assertField(
			"name_sv_SE", view.message("name-in-x", swedish));

		Assertions.assertTrue(
			name.hasAttr("required"),
			view.getName() + ": the name in the site's default language is required");
		Assertions.assertEquals(
			"150", name.attr("maxlength"),
			view.getName() + ": the name is as long as the column allows");

		view.assertField("name_en_US", view.message("name-in-x", english));
		view.assertField(
			"description_sv_SE", view.message("description-in-x", swedish));
		view.assertField(
			"description_en_US", view.message("description-in-x", english));
		view.assertField(
			"certifiedInstructorsRequired",
			view.message("only-certified-instructors-may-teach"));
		view.assertField(
			"instructorsPerSession", view.message("instructors-per-session"));
		view.assertField(
			"requiredAttendancePercent",
			view.message("required-attendance-percent"));
		view.assertField(
			"licenceSessionsRequired",
			view.message("sessions-required-for-licence-upkeep"));
		view.assertField(
			"licencePeriodMonths", view.message("licence-period-in-months"));
		view.assertField(
			"followUpSurveyDays", view.message("follow-up-survey-after-days"));

		view.assertFieldValue(
			"name_sv_SE", ""
		).assertButton(
			view.message("save")
		).assertLink(
			view.message("cancel"), "view_training_methods"
		).assertNone(
			".alert", "a new form shows no messages"
		);

		Assertions.assertEquals(
			"post", view.select("form").attr("method"),
			view.getName() + ": the form posts");
		Assertions.assertTrue(
			view.select(
				"form"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Ftraining%2Fedit_training_method"
			),
			view.getName() + ": the form posts to the edit action: " + view.select("form").attr("action"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void refusedSaveKeepsWhatWasTypedAndLinksEachErrorToItsField(
			Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"name_sv_SE", ""
		).parameter(
			"name_en_US", "Dare to Ask"
		).parameter(
			"description_sv_SE", "Samtal om självmordstankar."
		).parameter(
			"instructorsPerSession", "0"
		).parameter(
			"requiredAttendancePercent", "90"
		).parameter(
			"licenceSessionsRequired", "1"
		).parameter(
			"licencePeriodMonths", "12"
		).parameter(
			"followUpSurveyDays", "30"
		).afterAction(
			renderRequest -> {
				SessionErrors.add(
					renderRequest, TrainingMethodNameException.class,
					new TrainingMethodNameException());
				SessionErrors.add(
					renderRequest, TrainingMethodRuleException.class,
					new TrainingMethodRuleException(
						"instructorsPerSession", 1, 20));
			}
		);

		RenderedView view = _render(
			"refused-save", viewRequest, mock(TrainingMethodService.class));

		String swedish = new Locale(
			"sv"
		).getDisplayLanguage(
			locale
		);

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertAlert(
			"danger",
			view.message(
				"enter-a-name-in-x-of-at-most-x-characters", swedish, 150)
		).assertAlert(
			"danger",
			view.message(
				"x-must-be-a-number-from-x-to-x",
				view.message("instructors-per-session"), 1, 20)
		);

		Elements errorLinks = view.select(".alert-danger li a");

		Assertions.assertEquals(
			"#" + view.getNamespace() + "name_sv_SE",
			errorLinks.get(0).attr("href"),
			view.getName() + ": the first error leads to the Swedish name");
		Assertions.assertEquals(
			"#" + view.getNamespace() + "instructorsPerSession",
			errorLinks.get(1).attr("href"),
			view.getName() + ": the rule error leads to its field");

		for (Element errorLink : errorLinks) {
			Assertions.assertNotNull(
				view.getDocument().getElementById(errorLink.attr("href").substring(1)),
				view.getName() + ": " + errorLink.attr("href") + " exists on the page");
		}

		view.assertFieldValue(
			"name_sv_SE", ""
		).assertFieldValue(
			"name_en_US", "Dare to Ask"
		).assertFieldValue(
			"description_sv_SE", "Samtal om självmordstankar."
		).assertFieldValue(
			"instructorsPerSession", "0"
		).assertFieldValue(
			"requiredAttendancePercent", "90"
		).assertFieldValue(
			"followUpSurveyDays", "30"
		);

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			TrainingMethodService trainingMethodService)
		throws Exception {

		return _viewHarness.render(
			"course_catalog-edit_training_method", state, viewRequest,
			EditTrainingMethodViews.renderCommand(
				trainingMethodService, mock(PortletResourcePermission.class))::render);
	}

	private static ViewHarness _viewHarness;

}
