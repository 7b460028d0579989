package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.journal.util.JournalContent;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewCareProgramMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A programme's page as readers see it, rendered by its real render command. The national summary's HTML comes
 * from a DOUBLE of the portal's JournalContent (the view tier has no journal to render an article with its
 * template): the test proves the page asks for the latest approved version in the reader's language and shows
 * what the portal rendered, not how the portal renders it. Then each administration's routine with its owner (or
 * "Utan ägare") and badge, the related methods' next sessions from training's catalogue query, the contacts and
 * the national link; a programme with none of these says so for each part.
 *
 * @author Livsviktig
 */
public class CareProgramPageViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aProgrammeShowsItsSummaryRoutinesCoursesAndContacts(
			Locale locale)
		throws Exception {

		boolean swedish = locale == CareProgramViews.SWEDISH;

		RenderedView view = _render(
			"full", locale, _ARTICLE_RESOURCE_PRIM_KEY,
			List.of(
				CareProgramViews.localRoutine(
					11, 1, CareProgramViews.VARD_ID,
					CareProgramViews.OWNER_USER_ID,
					CareProgramViews.at("2026-03-01T10:00:00Z"),
					CareProgramViews.at("2027-03-01T10:00:00Z")),
				CareProgramViews.localRoutine(
					12, 1, CareProgramViews.SOCIAL_ID, 0, null,
					CareProgramViews.at("2026-02-03T10:00:00Z"))),
			true, true);

		view.assertHeading(
			2, swedish ? "Depression och ångest" : "Depression and anxiety"
		).assertHeading(
			3, view.message("national-summary")
		).assertHeading(
			3, view.message("local-routines")
		).assertHeading(
			3, view.message("related-courses")
		).assertHeading(
			3, view.message("contacts")
		).assertText(
			"Sammanfattning från det nationella programmet"
		).assertLink(
			view.message("the-national-programme"), "vardochinsats.se"
		).assertText(
			view.message("summary-owner-x", "Anna Andersson")
		).assertText(
			"Ali Hassan"
		);

		Elements rows = view.select("tbody tr");

		Assertions.assertEquals(2, rows.size());
		Assertions.assertTrue(
			rows.get(0).text().contains("Socialförvaltningen"),
			"administrations in alphabetical order");
		Assertions.assertTrue(
			rows.get(0).text().contains(view.message("review-badge-no-owner")));
		Assertions.assertTrue(
			rows.get(1).text().contains("Anna Andersson"));
		Assertions.assertTrue(
			rows.get(1).text().contains(
				view.message(
					"review-badge-reviewed-x",
					swedish ? "1 mars 2026" : "1 March 2026")));

		view.assertHeading(
			4, swedish ? "MHFA Vuxen" : "MHFA Adult"
		).assertText(
			swedish ? "Första hjälpen till psykisk hälsa" :
				"Mental health first aid"
		).assertText(
			swedish ? "14 april 2026" : "14 April 2026"
		).assertText(
			"Stadshuset, Sundsvall"
		).assertNone(
			"form", "readers read the page; owners confirm on Mina granskningar"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aNewProgrammeSaysWhatItDoesNotHaveYet(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"bare", locale, 0, List.of(), false, false);

		view.assertText(
			view.message("this-programme-has-no-summary-yet")
		).assertText(
			view.message("no-administration-has-a-local-routine-yet")
		).assertText(
			view.message("no-related-training-methods")
		).assertText(
			view.message("no-contacts-yet")
		).assertNone(
			"table", "no routines, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, Locale locale, long articleResourcePrimKey,
			List<LocalRoutine> localRoutines, boolean withMethod,
			boolean withContact)
		throws Exception {

		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2026-03-01T10:00:00Z"),
			CareProgramViews.at("2027-03-01T10:00:00Z"));

		when(
			careProgram.getArticleResourcePrimKey()
		).thenReturn(
			articleResourcePrimKey
		);

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.getCareProgram(1)
		).thenReturn(
			careProgram
		);

		LocalRoutineService localRoutineService = mock(
			LocalRoutineService.class);

		when(
			localRoutineService.getCareProgramLocalRoutines(1)
		).thenReturn(
			localRoutines
		);

		JournalArticle journalArticle = mock(JournalArticle.class);

		when(
			journalArticle.getGroupId()
		).thenReturn(
			ViewHarness.SITE_GROUP_ID
		);
		when(
			journalArticle.getArticleId()
		).thenReturn(
			"VIP-DEPRESSION"
		);

		JournalArticleLocalService journalArticleLocalService = mock(
			JournalArticleLocalService.class);

		when(
			journalArticleLocalService.fetchLatestArticle(
				_ARTICLE_RESOURCE_PRIM_KEY, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			journalArticle
		);

		// The double of the portal's journal content rendering: what the article's template would produce.

		JournalContent journalContent = mock(JournalContent.class);

		when(
			journalContent.getContent(
				eq(ViewHarness.SITE_GROUP_ID), eq("VIP-DEPRESSION"), isNull(),
				eq(locale.toString()), any(ThemeDisplay.class))
		).thenReturn(
			"<div class=\"journal-content-article\"><p>Sammanfattning från " +
				"det nationella programmet</p></div>"
		);

		when(
			careProgramService.getMethodIds(1)
		).thenReturn(
			withMethod ? new long[] {_MHFA_ID} : new long[0]
		);
		when(
			careProgramService.getContactUserIds(1)
		).thenReturn(
			withContact ? new long[] {302} : new long[0]
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);
		when(
			trainingMethod.getName(CareProgramViews.SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			trainingMethod.getName(CareProgramViews.ENGLISH)
		).thenReturn(
			"MHFA Adult"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_MHFA_ID)
		).thenReturn(
			trainingMethod
		);

		CatalogEntry catalogEntry = mock(CatalogEntry.class);

		when(
			catalogEntry.getCourseTitle(CareProgramViews.SWEDISH)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);
		when(
			catalogEntry.getCourseTitle(CareProgramViews.ENGLISH)
		).thenReturn(
			"Mental health first aid"
		);
		when(
			catalogEntry.getStartDate()
		).thenReturn(
			CareProgramViews.at("2026-04-14T07:00:00Z")
		);
		when(
			catalogEntry.getVenueName()
		).thenReturn(
			"Stadshuset"
		);
		when(
			catalogEntry.getLocality()
		).thenReturn(
			"Sundsvall"
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCatalogEntries(
				eq(ViewHarness.SITE_GROUP_ID), eq(_MHFA_ID),
				eq(Date.from(CareProgramViews.NOW)), isNull(), isNull(),
				eq(-1), eq(false), eq(0), anyInt())
		).thenReturn(
			List.of(catalogEntry)
		);

		ViewCareProgramMVCRenderCommand renderCommand = CareProgramViews.inject(
			new ViewCareProgramMVCRenderCommand());

		Fields.set(renderCommand, "_careProgramService", careProgramService);
		Fields.set(renderCommand, "_localRoutineService", localRoutineService);
		Fields.set(
			renderCommand, "_journalArticleLocalService",
			journalArticleLocalService);
		Fields.set(renderCommand, "_journalContent", journalContent);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);
		Fields.set(
			renderCommand, "_courseSessionService", courseSessionService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return _viewHarness.render(
			"care_program", state,
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			),
			renderCommand::render);
	}

	private static final long _ARTICLE_RESOURCE_PRIM_KEY = 40301;

	private static final long _MHFA_ID = 1;

	private static ViewHarness _viewHarness;

}
