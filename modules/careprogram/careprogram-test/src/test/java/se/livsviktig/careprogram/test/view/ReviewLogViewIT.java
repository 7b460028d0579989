package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewReviewLogMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The review log, rendered by its real render command: each review with its day in the reader's language, the
 * programme, the administration (or the programme's summary), how it was reviewed in words, by whom, the article
 * version and the comment, escaped; a sentence when there is none.
 *
 * @author Livsviktig
 */
public class ReviewLogViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withoutReviewsItSaysSo(Locale locale) throws Exception {
		RenderedView view = _render("empty", locale, List.of());

		view.assertHeading(
			2, view.message("review-log")
		).assertText(
			view.message("no-reviews-yet")
		).assertNone(
			"table", "no reviews, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void eachReviewSaysWhenWhoAndHow(Locale locale) throws Exception {
		RenderedView view = _render(
			"reviews", locale,
			List.of(
				_review(
					11, ContentReviewConstants.KIND_CONFIRMED,
					"2026-03-10T09:00:00Z", "Anna Andersson",
					"Stämmer <b>fortfarande</b>", 1.2),
				_review(
					0, ContentReviewConstants.KIND_NEW_VERSION,
					"2026-02-01T09:00:00Z", "Ali Hassan", "", 2.0)));

		view.assertTableRows(2);

		Elements rows = view.select("tbody tr");

		boolean swedish = locale == CareProgramViews.SWEDISH;

		Assertions.assertTrue(
			rows.get(0).text().contains(swedish ? "10 mars 2026" : "10 March 2026"));
		Assertions.assertTrue(
			rows.get(0).text().contains("Vård- och omsorgsförvaltningen"));
		Assertions.assertTrue(
			rows.get(0).text().contains(view.message("review-kind-still-correct")));
		Assertions.assertTrue(
			rows.get(0).text().contains("Stämmer <b>fortfarande</b>"),
			"the comment is shown as typed, escaped");
		Assertions.assertTrue(rows.get(0).select("b").isEmpty());
		Assertions.assertTrue(
			rows.get(1).text().contains(view.message("the-programme-summary")));
		Assertions.assertTrue(
			rows.get(
				1
			).text(
			).contains(
				view.message("review-kind-new-version-approved")
			));
		Assertions.assertTrue(rows.get(1).text().contains("2.0"));

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, Locale locale, List<ContentReview> contentReviews)
		throws Exception {

		ContentReviewService contentReviewService = mock(
			ContentReviewService.class);

		when(
			contentReviewService.getGroupReviews(
				eq(ViewHarness.SITE_GROUP_ID), eq(0), anyInt())
		).thenReturn(
			contentReviews
		);

		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID, null, null);

		CareProgramLocalService careProgramLocalService = mock(
			CareProgramLocalService.class);

		when(
			careProgramLocalService.fetchCareProgram(1)
		).thenReturn(
			careProgram
		);

		LocalRoutine localRoutine = CareProgramViews.localRoutine(
			11, 1, CareProgramViews.VARD_ID, CareProgramViews.OWNER_USER_ID,
			null, null);

		LocalRoutineLocalService localRoutineLocalService = mock(
			LocalRoutineLocalService.class);

		when(
			localRoutineLocalService.fetchLocalRoutine(11)
		).thenReturn(
			localRoutine
		);

		ViewReviewLogMVCRenderCommand renderCommand = CareProgramViews.inject(
			new ViewReviewLogMVCRenderCommand());

		Fields.set(
			renderCommand, "_contentReviewService", contentReviewService);
		Fields.set(
			renderCommand, "_careProgramLocalService", careProgramLocalService);
		Fields.set(
			renderCommand, "_localRoutineLocalService",
			localRoutineLocalService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return _viewHarness.render(
			"review_log", state, ViewRequest.in(locale), renderCommand::render);
	}

	private static ContentReview _review(
		long localRoutineId, int reviewKind, String reviewDate,
		String userName, String comment, double articleVersion) {

		ContentReview contentReview = mock(ContentReview.class);

		when(
			contentReview.getCareProgramId()
		).thenReturn(
			1L
		);
		when(
			contentReview.getLocalRoutineId()
		).thenReturn(
			localRoutineId
		);
		when(
			contentReview.getReviewKind()
		).thenReturn(
			reviewKind
		);
		when(
			contentReview.getReviewDate()
		).thenReturn(
			CareProgramViews.at(reviewDate)
		);
		when(
			contentReview.getUserName()
		).thenReturn(
			userName
		);
		when(
			contentReview.getComment()
		).thenReturn(
			comment
		);
		when(
			contentReview.getArticleVersion()
		).thenReturn(
			articleVersion
		);

		return contentReview;
	}

	private static ViewHarness _viewHarness;

}
