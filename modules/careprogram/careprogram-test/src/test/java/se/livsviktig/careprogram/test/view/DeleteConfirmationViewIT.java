package se.livsviktig.careprogram.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.portlet.action.ConfirmDeleteCareProgramMVCRenderCommand;
import se.livsviktig.careprogram.web.internal.portlet.action.ConfirmDeleteLocalRoutineMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The page that asks before a programme or a routine is deleted, rendered by its real render commands: it names
 * what goes and what goes with it, deletes only by its POST form, and offers a way back; a coordinator who may not
 * delete gets the error page in their language instead of the question.
 *
 * @author Livsviktig
 */
public class DeleteConfirmationViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aProgrammesDeletionNamesWhatGoesWithIt(Locale locale)
		throws Exception {

		RenderedView view = _viewHarness.render(
			"confirm_delete_care_program", "confirm",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			),
			_careProgramCommand()::render);

		view.assertHeading(
			2,
			view.message(
				"delete-the-programme-x",
				(locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety")
		).assertAlert(
			"warning", view.message("x-local-routines", 2)
		).assertAlert(
			"warning", view.message("x-reviews-in-the-review-log", 7)
		).assertAlert(
			"warning", view.message("x-contacts", 1)
		).assertButton(
			view.message("delete")
		).assertLink(
			view.message("cancel"), "view_care_programs"
		);

		_assertDeletesOnlyByPost(
			view, "delete_care_program", "careProgramId", "1");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aRoutinesDeletionNamesTheProgrammeAndTheAdministration(
			Locale locale)
		throws Exception {

		RenderedView view = _viewHarness.render(
			"confirm_delete_local_routine", "confirm",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).parameter(
				"localRoutineId", "11"
			),
			_localRoutineCommand()::render);

		view.assertHeading(
			2,
			view.message(
				"delete-the-local-routine-x",
				((locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety") +
						" – Vård- och omsorgsförvaltningen")
		).assertAlert(
			"warning", view.message("x-reviews-in-the-review-log", 3)
		).assertLink(
			view.message("cancel"), "view_local_routines"
		);

		_assertDeletesOnlyByPost(
			view, "delete_local_routine", "localRoutineId", "11");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withoutThePermissionTheErrorPageSaysSo(Locale locale)
		throws Exception {

		RenderedView view = _viewHarness.render(
			"confirm_delete_local_routine", "refused",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).parameter(
				"localRoutineId", "12"
			),
			_localRoutineCommand()::render);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this"));

		Assertions.assertTrue(
			view.select(
				"form"
			).isEmpty(),
			"nothing to delete with");

		_viewHarness.assertAccessible(view);
	}

	private static void _assertDeletesOnlyByPost(
		RenderedView view, String actionName, String idName, String id) {

		Assertions.assertEquals(1, view.select("form").size());

		Element form = view.select(
			"form"
		).first();

		Assertions.assertEquals("post", form.attr("method"));
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				actionName
			),
			form.attr("action"));
		Assertions.assertEquals(
			id,
			form.select(
				"input[type=hidden][name=" + view.getNamespace() + idName + "]"
			).val());
		Assertions.assertTrue(
			view.select(
				"a[href*=" + actionName + "]"
			).isEmpty(),
			"no link deletes");
	}

	private CareProgramService _careProgramService() throws Exception {
		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID, null, null);

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.getCareProgram(1)
		).thenReturn(
			careProgram
		);
		when(
			careProgramService.getContactUserIds(1)
		).thenReturn(
			new long[] {302}
		);

		return careProgramService;
	}

	private ConfirmDeleteCareProgramMVCRenderCommand _careProgramCommand()
		throws Exception {

		ConfirmDeleteCareProgramMVCRenderCommand renderCommand =
			CareProgramViews.inject(
				new ConfirmDeleteCareProgramMVCRenderCommand());

		LocalRoutineLocalService localRoutineLocalService = mock(
			LocalRoutineLocalService.class);

		List<LocalRoutine> localRoutines = _localRoutines();

		when(
			localRoutineLocalService.getCareProgramLocalRoutines(1)
		).thenReturn(
			localRoutines
		);

		ContentReviewLocalService contentReviewLocalService = mock(
			ContentReviewLocalService.class);

		when(
			contentReviewLocalService.getCareProgramReviewsCount(1)
		).thenReturn(
			7
		);

		Fields.set(
			renderCommand, "_careProgramService", _careProgramService());
		Fields.set(
			renderCommand, "_careProgramModelResourcePermission",
			CareProgramViews.deletable(CareProgram.class, 1L));
		Fields.set(
			renderCommand, "_localRoutineLocalService",
			localRoutineLocalService);
		Fields.set(
			renderCommand, "_contentReviewLocalService",
			contentReviewLocalService);

		return renderCommand;
	}

	private ConfirmDeleteLocalRoutineMVCRenderCommand _localRoutineCommand()
		throws Exception {

		ConfirmDeleteLocalRoutineMVCRenderCommand renderCommand =
			CareProgramViews.inject(
				new ConfirmDeleteLocalRoutineMVCRenderCommand());

		LocalRoutineService localRoutineService = mock(
			LocalRoutineService.class);

		List<LocalRoutine> localRoutines = _localRoutines();

		when(
			localRoutineService.getCareProgramLocalRoutines(1)
		).thenReturn(
			localRoutines
		);

		ContentReviewLocalService contentReviewLocalService = mock(
			ContentReviewLocalService.class);

		when(
			contentReviewLocalService.getLocalRoutineReviewsCount(11)
		).thenReturn(
			3
		);

		Fields.set(
			renderCommand, "_careProgramService", _careProgramService());
		Fields.set(renderCommand, "_localRoutineService", localRoutineService);
		Fields.set(
			renderCommand, "_localRoutineModelResourcePermission",
			CareProgramViews.deletable(LocalRoutine.class, 11L));
		Fields.set(
			renderCommand, "_contentReviewLocalService",
			contentReviewLocalService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return renderCommand;
	}

	private static List<LocalRoutine> _localRoutines() {
		return List.of(
			CareProgramViews.localRoutine(
				11, 1, CareProgramViews.VARD_ID, CareProgramViews.OWNER_USER_ID,
				CareProgramViews.at("2026-03-01T10:00:00Z"),
				CareProgramViews.at("2027-03-01T10:00:00Z")),
			CareProgramViews.localRoutine(
				12, 1, CareProgramViews.SOCIAL_ID, 0, null,
				CareProgramViews.at("2026-02-03T10:00:00Z")));
	}

	private static ViewHarness _viewHarness;

}
