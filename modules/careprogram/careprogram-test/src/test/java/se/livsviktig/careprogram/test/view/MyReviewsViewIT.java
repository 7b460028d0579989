package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewMyReviewsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * Mina granskningar as an owner sees it, rendered by its real render command: what to review now (overdue first,
 * then due soon) apart from what is due later, each with its badge in words and a POST form with an optional,
 * labelled comment and a "still correct" button that names its text; a sentence for each empty part; the message
 * after a confirmation.
 *
 * @author Livsviktig
 */
public class MyReviewsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withNothingOwnedEachPartSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of(), List.of(), List.of());

		view.assertHeading(
			2, view.message("my-reviews")
		).assertHeading(
			3, view.message("to-review-now")
		).assertText(
			view.message("nothing-to-review-now")
		).assertHeading(
			3, view.message("reviewed-and-due-later")
		).assertText(
			view.message("you-own-no-other-programme-or-routine")
		).assertNone(
			"form", "nothing owned, nothing to confirm"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void overdueAndDueSoonComeFirstEachConfirmedByAPostForm(
			Locale locale)
		throws Exception {

		CareProgram depression = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2025-04-01T10:00:00Z"),
			CareProgramViews.at("2026-04-01T10:00:00Z"));
		CareProgram suicide = CareProgramViews.careProgram(
			2, "Suicidprevention", "Suicide prevention", 0, null, null);

		LocalRoutine overdue = CareProgramViews.localRoutine(
			11, 2, CareProgramViews.SOCIAL_ID, CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2025-02-03T10:00:00Z"),
			CareProgramViews.at("2026-02-03T10:00:00Z"));
		LocalRoutine later = CareProgramViews.localRoutine(
			12, 2, CareProgramViews.VARD_ID, CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2026-03-01T10:00:00Z"),
			CareProgramViews.at("2027-03-01T10:00:00Z"));

		RenderedView view = _render(
			"due-and-later", ViewRequest.in(locale), List.of(depression),
			List.of(overdue, later), List.of(suicide));

		Elements tables = view.select("table");

		Assertions.assertEquals(2, tables.size(), view::getHtml);

		Elements toReview = tables.get(0).select("tbody tr");

		Assertions.assertEquals(2, toReview.size());

		String suicideTitle = (locale == CareProgramViews.SWEDISH) ?
			"Suicidprevention" : "Suicide prevention";

		Assertions.assertTrue(
			toReview.get(0).text().contains(suicideTitle), toReview.get(0).text());
		Assertions.assertTrue(
			toReview.get(0).text().contains("Socialförvaltningen"));
		Assertions.assertTrue(
			toReview.get(0).text().contains(
				view.message(
					"review-badge-overdue-since-x",
					(locale == CareProgramViews.SWEDISH) ? "3 februari 2026" :
						"3 February 2026")));
		Assertions.assertTrue(
			toReview.get(1).text().contains(
				view.message("the-programme-summary")));
		Assertions.assertTrue(
			toReview.get(1).text().contains(
				view.message(
					"review-badge-due-by-x",
					(locale == CareProgramViews.SWEDISH) ? "1 april 2026" :
						"1 April 2026")));

		Elements later_ = tables.get(1).select("tbody tr");

		Assertions.assertEquals(1, later_.size());
		Assertions.assertTrue(
			later_.get(0).text().contains("Vård- och omsorgsförvaltningen"));

		Elements forms = view.select("form");

		Assertions.assertEquals(3, forms.size());

		for (Element form : forms) {
			Assertions.assertEquals("post", form.attr("method"));
			Assertions.assertTrue(
				form.attr("action").contains("confirm_review"),
				form.attr("action"));
		}

		Element firstForm = forms.get(0);

		Assertions.assertEquals(
			"11",
			firstForm.select(
				"input[name=" + view.getNamespace() + "localRoutineId]"
			).val());
		Assertions.assertEquals(
			"1",
			forms.get(
				1
			).select(
				"input[name=" + view.getNamespace() + "careProgramId]"
			).val());

		view.assertField(
			"commentlocalRoutineId11", view.message("comment-optional"));
		view.assertButton(view.message("still-correct"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void afterAConfirmationTheOwnerIsToldTheNextIsLater(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"confirmed",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, CareProgramMessages.REVIEW_CONFIRMED)
			),
			List.of(), List.of(), List.of());

		view.assertAlert(
			"success",
			view.message("your-review-was-saved-the-next-one-is-due-later"));

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<CareProgram> ownedCarePrograms,
			List<LocalRoutine> ownedLocalRoutines,
			List<CareProgram> routinesCarePrograms)
		throws Exception {

		CareProgramLocalService careProgramLocalService = mock(
			CareProgramLocalService.class);

		when(
			careProgramLocalService.<List<CareProgram>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			ownedCarePrograms, routinesCarePrograms
		);

		LocalRoutineService localRoutineService = mock(
			LocalRoutineService.class);

		when(
			localRoutineService.getOwnerLocalRoutines(ViewHarness.USER_ID)
		).thenReturn(
			ownedLocalRoutines
		);

		ViewMyReviewsMVCRenderCommand renderCommand =
			CareProgramViews.inject(new ViewMyReviewsMVCRenderCommand());

		Fields.set(
			renderCommand, "_careProgramLocalService", careProgramLocalService);
		Fields.set(renderCommand, "_localRoutineService", localRoutineService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());
		Fields.set(
			renderCommand, "_portal",
			CareProgramViews.portal("/web/intranat/mina-granskningar?x=<y>"));

		return _viewHarness.render(
			"my_reviews", state, viewRequest, renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
