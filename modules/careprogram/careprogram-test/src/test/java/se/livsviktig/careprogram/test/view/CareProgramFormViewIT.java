package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.FieldError;
import se.livsviktig.careprogram.web.internal.portlet.action.EditCareProgramMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The add and edit programme form, rendered by its real render command: every field labelled (titles in both
 * languages, the summary article, the national link, the owner, the interval, target groups and training methods
 * as labelled checkboxes in fieldsets, contacts), an edited programme's values in its fields, and after a refusal
 * what was typed with every typed exception's message in the error summary, linked to its field.
 *
 * @author Livsviktig
 */
public class CareProgramFormViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aNewProgrammeHasEveryFieldLabelledAndAYearsInterval(
			Locale locale)
		throws Exception {

		RenderedView view = _render("add", ViewRequest.in(locale));

		view.assertHeading(2, view.message("add-programme"));

		view.assertField("titleSv", view.message("title-in-swedish"));
		view.assertField("titleEn", view.message("title-in-english"));
		view.assertField(
			"articleResourcePrimKey", view.message("summary-article-id"));
		view.assertField("nationalURL", view.message("national-link"));
		view.assertField(
			"ownerEmailAddress", view.message("owner-email-address"));
		view.assertField(
			"reviewIntervalMonths", view.message("review-interval-in-months"));
		view.assertField(
			"contactEmailAddresses", view.message("contacts-email-addresses"));
		view.assertField(
			"targetGroupCategoryIds901",
			(locale == CareProgramViews.SWEDISH) ? "Vuxna" : "Adults");
		view.assertField(
			"methodIds1",
			(locale == CareProgramViews.SWEDISH) ? "MHFA Vuxen" : "MHFA Adult");
		view.assertFieldValue(
			"reviewIntervalMonths", "12"
		).assertButton(
			view.message("save")
		);

		Assertions.assertEquals("post", view.select("form").attr("method"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void anEditedProgrammeShowsItsValues(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"edit",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			));

		view.assertHeading(
			2, view.message("edit-programme")
		).assertFieldValue(
			"titleSv", "Depression och ångest"
		).assertFieldValue(
			"titleEn", "Depression and anxiety"
		).assertFieldValue(
			"articleResourcePrimKey", "40301"
		).assertFieldValue(
			"ownerEmailAddress", "anna.andersson@kommun.se"
		);

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "targetGroupCategoryIds902"
			).hasAttr(
				"checked"
			));
		Assertions.assertFalse(
			view.select(
				"#" + view.getNamespace() + "targetGroupCategoryIds901"
			).hasAttr(
				"checked"
			));
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "methodIds1"
			).hasAttr(
				"checked"
			));
		Assertions.assertEquals(
			"ali.hassan@kommun.se",
			view.select(
				"#" + view.getNamespace() + "contactEmailAddresses"
			).text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void everyRefusalIsExplainedAtItsFieldWithWhatWasTyped(
			Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"submitted", "true"
		).parameter(
			"titleSv", ""
		).parameter(
			"nationalURL", "ftp://example.se"
		).parameter(
			"reviewIntervalMonths", "61"
		).parameter(
			"methodIds", "1"
		);

		for (Class<? extends PortalException> exceptionClass :
				CareProgramFieldErrors.CARE_PROGRAM_FORM_ERRORS) {

			viewRequest.afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, exceptionClass));
		}

		RenderedView view = _render("refused", viewRequest);

		view.assertAlert(
			"danger", view.message("please-correct-the-following"));

		for (Class<? extends PortalException> exceptionClass :
				CareProgramFieldErrors.CARE_PROGRAM_FORM_ERRORS) {

			FieldError fieldError = CareProgramFieldErrors.getFieldErrors(
			).get(
				exceptionClass
			);

			view.assertLink(
				view.message(
					fieldError.getMessageKey(), fieldError.getArguments()),
				"#" + view.getNamespace() + fieldError.getFieldName());
		}

		view.assertFieldValue(
			"nationalURL", "ftp://example.se"
		).assertFieldValue(
			"reviewIntervalMonths", "61"
		);

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "methodIds1"
			).hasAttr(
				"checked"
			),
			() -> view.select(
				"fieldset"
			).outerHtml());
		Assertions.assertEquals(
			"true",
			view.select(
				"#" + view.getNamespace() + "nationalURL"
			).attr(
				"aria-invalid"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aSiteWithoutTheVocabularySaysSoAndOffersToAddIt(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"no-target-group-vocabulary", ViewRequest.in(locale), false);

		view.assertAlert(
			"info", view.message("the-site-has-no-target-group-vocabulary-yet")
		).assertButton(
			view.message("add-the-target-group-vocabulary")
		);

		Assertions.assertEquals(
			2, view.select("form[method=post]").size(),
			"the vocabulary's own POST form beside the programme's");
		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).first(
			).attr(
				"action"
			).contains(
				"add_target_group_vocabulary"
			));
		view.assertText(
			view.message("no-target-groups-until-the-vocabulary-is-added"));
		Assertions.assertTrue(
			view.select(
				"input[name$=targetGroupCategoryIds]"
			).isEmpty());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aChosenOwnerIsConfirmedAndThePeopleCanBePickedAgain(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"person-chosen",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, CareProgramMessages.OWNER_CHOSEN)
			));

		view.assertAlert(
			"success", view.message("the-owner-was-chosen")
		).assertLink(
			view.message("choose-the-owner-among-the-people"), "pick_person"
		).assertLink(
			view.message("add-a-contact-among-the-people"), "pick_person"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void theAddedVocabularyIsConfirmed(Locale locale) throws Exception {
		RenderedView view = _render(
			"target-group-vocabulary-added",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					CareProgramMessages.TARGET_GROUP_VOCABULARY_ADDED)
			));

		view.assertAlert(
			"success", view.message("the-target-group-vocabulary-was-added"));

		Assertions.assertEquals(
			1, view.select("form[method=post]").size(),
			"no offer to add a vocabulary the site has");

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(String state, ViewRequest viewRequest)
		throws Exception {

		return _render(state, viewRequest, true);
	}

	/**
	 * @param vocabulary whether the site has its "Målgrupp" vocabulary
	 */
	private RenderedView _render(
			String state, ViewRequest viewRequest, boolean vocabulary)
		throws Exception {

		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2026-03-01T10:00:00Z"),
			CareProgramViews.at("2027-03-01T10:00:00Z"));

		when(
			careProgram.getArticleResourcePrimKey()
		).thenReturn(
			40301L
		);

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.getCareProgram(1)
		).thenReturn(
			careProgram
		);

		AssetVocabulary assetVocabulary = mock(AssetVocabulary.class);

		when(
			assetVocabulary.getVocabularyId()
		).thenReturn(
			900L
		);
		CareProgramLocalService careProgramLocalService = mock(
			CareProgramLocalService.class);

		when(
			careProgramLocalService.fetchTargetGroupVocabulary(
				ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			vocabulary ? assetVocabulary : null
		);

		AssetCategoryLocalService assetCategoryLocalService = mock(
			AssetCategoryLocalService.class);

		List<AssetCategory> assetCategories = List.of(
			_category(901, "Vuxna", "Adults"),
			_category(902, "Barn och unga", "Children and young people"));

		when(
			assetCategoryLocalService.getVocabularyCategories(
				eq(900L), anyInt(), anyInt(), isNull())
		).thenReturn(
			assetCategories
		);

		when(
			careProgramService.getTargetGroupCategoryIds(1)
		).thenReturn(
			new long[] {902}
		);
		when(
			careProgramService.getMethodIds(1)
		).thenReturn(
			new long[] {1}
		);
		when(
			careProgramService.getContactUserIds(1)
		).thenReturn(
			new long[] {302}
		);

		List<TrainingMethod> trainingMethods = List.of(
			_trainingMethod(1, "MHFA Vuxen", "MHFA Adult"),
			_trainingMethod(2, "YAM", "YAM"));

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID),
				eq(WorkflowConstants.STATUS_APPROVED), anyInt(), anyInt())
		).thenReturn(
			trainingMethods
		);

		EditCareProgramMVCRenderCommand renderCommand = CareProgramViews.inject(
			new EditCareProgramMVCRenderCommand());

		Fields.set(renderCommand, "_careProgramService", careProgramService);
		Fields.set(
			renderCommand, "_careProgramLocalService", careProgramLocalService);
		Fields.set(
			renderCommand, "_assetCategoryLocalService",
			assetCategoryLocalService);
		Fields.set(
			renderCommand, "_trainingMethodService", trainingMethodService);

		return _viewHarness.render(
			"edit_care_program", state, viewRequest, renderCommand::render);
	}

	private static AssetCategory _category(
		long categoryId, String swedishTitle, String englishTitle) {

		AssetCategory assetCategory = mock(AssetCategory.class);

		when(
			assetCategory.getCategoryId()
		).thenReturn(
			categoryId
		);
		when(
			assetCategory.getTitle(CareProgramViews.SWEDISH)
		).thenReturn(
			swedishTitle
		);
		when(
			assetCategory.getTitle(CareProgramViews.ENGLISH)
		).thenReturn(
			englishTitle
		);

		return assetCategory;
	}

	private static TrainingMethod _trainingMethod(
		long trainingMethodId, String swedishName, String englishName) {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			trainingMethodId
		);
		when(
			trainingMethod.getName(CareProgramViews.SWEDISH)
		).thenReturn(
			swedishName
		);
		when(
			trainingMethod.getName(CareProgramViews.ENGLISH)
		).thenReturn(
			englishName
		);

		return trainingMethod;
	}

	private static ViewHarness _viewHarness;

}
