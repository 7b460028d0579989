package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.review.ReviewState;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewCareProgramsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The programme list as readers see it, rendered by its real render command: a labelled GET filter form (keyword,
 * target group, administration, review state), each programme with a link to its page, its summary's badge in
 * words and how many administrations reviewed their routine on time; a sentence when there are none, another
 * when the filters match none; page links past one page.
 *
 * @author Livsviktig
 */
public class CareProgramListViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withoutProgrammesItSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of(), List.of(), 0);

		view.assertHeading(
			2, view.message("care-programs")
		).assertText(
			view.message("no-programmes-yet")
		).assertNone(
			"table", "no programmes, no table"
		);

		view.assertField("keywords", view.message("keywords"));
		view.assertField("targetGroupCategoryId", view.message("target-group"));
		view.assertField("organizationId", view.message("administration"));
		view.assertField("reviewState", view.message("review-state"));

		Assertions.assertEquals(
			"get", view.select("form[role=search]").attr("method"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void eachProgrammeShowsItsBadgeAndItsAdministrationsOnTime(
			Locale locale)
		throws Exception {

		CareProgram depression = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2026-03-01T10:00:00Z"),
			CareProgramViews.at("2027-03-01T10:00:00Z"));
		CareProgram suicide = CareProgramViews.careProgram(
			2, "Suicidprevention", "Suicide prevention", 0, null,
			CareProgramViews.at("2027-01-01T10:00:00Z"));

		RenderedView view = _render(
			"programmes", ViewRequest.in(locale), List.of(depression, suicide),
			List.of(
				CareProgramViews.localRoutine(
					11, 1, CareProgramViews.SOCIAL_ID,
					CareProgramViews.OWNER_USER_ID, null,
					CareProgramViews.at("2027-01-01T10:00:00Z")),
				CareProgramViews.localRoutine(
					12, 1, CareProgramViews.VARD_ID,
					CareProgramViews.OWNER_USER_ID, null,
					CareProgramViews.at("2026-02-03T10:00:00Z"))),
			2);

		view.assertTableRows(2);

		Elements rows = view.select("tbody tr");

		boolean swedish = locale == CareProgramViews.SWEDISH;

		Assertions.assertTrue(
			rows.get(0).text().contains(
				view.message(
					"review-badge-reviewed-x",
					swedish ? "1 mars 2026" : "1 March 2026")));
		Assertions.assertTrue(
			rows.get(
				0
			).text(
			).contains(
				view.message("x-of-x-administrations-reviewed-on-time", 1, 2)
			),
			rows.get(0).text());
		Assertions.assertTrue(
			rows.get(1).text().contains(view.message("review-badge-no-owner")));
		Assertions.assertTrue(
			rows.get(
				1
			).text(
			).contains(
				view.message("no-administration-has-a-local-routine-yet")
			));

		view.assertLink(
			swedish ? "Depression och ångest" : "Depression and anxiety",
			"view_care_program");
		view.assertText(view.message("x-programmes", 2));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void filtersThatMatchNothingSaySoAndKeepTheirValues(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"filtered-empty",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "schizofreni"
			).parameter(
				"reviewState", String.valueOf(ReviewState.OVERDUE.ordinal())
			).parameter(
				"targetGroupCategoryId", "901"
			),
			List.of(), List.of(), 0);

		view.assertText(
			view.message("no-programmes-match-the-filters")
		).assertFieldValue(
			"keywords", "schizofreni"
		).assertLink(
			view.message("clear-filters"), ""
		);

		Assertions.assertEquals(
			String.valueOf(ReviewState.OVERDUE.ordinal()),
			view.select(
				"#" + view.getNamespace() + "reviewState option[selected]"
			).val());
		Assertions.assertEquals(
			"901",
			view.select(
				"#" + view.getNamespace() +
					"targetGroupCategoryId option[selected]"
			).val());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void moreThanAPageHasPageLinks(Locale locale) throws Exception {
		List<CareProgram> carePrograms = new ArrayList<>();

		for (int i = 1; i <= ViewCareProgramsMVCRenderCommand.PAGE_SIZE; i++) {
			carePrograms.add(
				CareProgramViews.careProgram(
					i, "Program " + i, "Programme " + i,
					CareProgramViews.OWNER_USER_ID,
					CareProgramViews.at("2026-03-01T10:00:00Z"),
					CareProgramViews.at("2027-03-01T10:00:00Z")));
		}

		RenderedView view = _render(
			"paged", ViewRequest.in(locale), carePrograms, List.of(), 45);

		view.assertTableRows(ViewCareProgramsMVCRenderCommand.PAGE_SIZE);

		Assertions.assertEquals(3, view.select(".pagination .page-item").size());
		Assertions.assertEquals(
			1, view.select(".pagination [aria-current=page]").size());

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<CareProgram> carePrograms, List<LocalRoutine> localRoutines,
			int total)
		throws Exception {

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.searchCarePrograms(
				eq(ViewHarness.SITE_GROUP_ID), anyString(), anyLong(),
				anyLong(), anyInt(), anyInt(), anyInt())
		).thenReturn(
			carePrograms
		);
		when(
			careProgramService.searchCareProgramsCount(
				eq(ViewHarness.SITE_GROUP_ID), anyString(), anyLong(),
				anyLong(), anyInt())
		).thenReturn(
			total
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
			assetVocabulary
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

		LocalRoutineLocalService localRoutineLocalService = mock(
			LocalRoutineLocalService.class);

		when(
			localRoutineLocalService.<List<LocalRoutine>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			localRoutines
		);

		ViewCareProgramsMVCRenderCommand renderCommand =
			CareProgramViews.inject(new ViewCareProgramsMVCRenderCommand());

		Fields.set(renderCommand, "_careProgramService", careProgramService);
		Fields.set(
			renderCommand, "_careProgramLocalService", careProgramLocalService);
		Fields.set(
			renderCommand, "_assetCategoryLocalService",
			assetCategoryLocalService);
		Fields.set(
			renderCommand, "_localRoutineLocalService",
			localRoutineLocalService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return _viewHarness.render(
			"care_programs", state, viewRequest, renderCommand::render);
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

	private static ViewHarness _viewHarness;

}
