package se.livsviktig.careprogram.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

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
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.FieldError;
import se.livsviktig.careprogram.web.internal.portlet.action.EditLocalRoutineMVCRenderCommand;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewLocalRoutinesMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * A programme's local routines in Livsviktig – Vård- och insatsprogram, rendered by the real render commands: the
 * list by administration with owner (or "Utan ägare"), interval, badge and an edit link naming its administration,
 * the message after a save; the add form with the administration to choose, the edit form with it fixed and the
 * routine's values; after a refusal every typed exception's message linked to its field, with what was typed.
 *
 * @author Livsviktig
 */
public class LocalRoutineViewsIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void theRoutinesByAdministrationAfterASave(Locale locale)
		throws Exception {

		ViewLocalRoutinesMVCRenderCommand renderCommand =
			CareProgramViews.inject(new ViewLocalRoutinesMVCRenderCommand());

		_inject(renderCommand);

		Fields.set(
			renderCommand, "_localRoutineModelResourcePermission",
			CareProgramViews.deletable(LocalRoutine.class, 11L));

		RenderedView view = _viewHarness.render(
			"care_program_admin_routines", "saved",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, CareProgramMessages.LOCAL_ROUTINE_SAVED)
			),
			renderCommand::render);

		view.assertAlert(
			"success", view.message("the-local-routine-was-saved")
		).assertLink(
			view.message("add-local-routine"), "edit_local_routine"
		).assertTableRows(
			2
		);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(rows.get(0).text().contains("Socialförvaltningen"));
		Assertions.assertTrue(
			rows.get(0).text().contains(view.message("review-badge-no-owner")));
		Assertions.assertTrue(
			rows.get(1).text().contains("Vård- och omsorgsförvaltningen"));
		Assertions.assertTrue(rows.get(1).text().contains("Anna Andersson"));
		Assertions.assertTrue(
			rows.get(
				0
			).select(
				"a"
			).attr(
				"href"
			).contains(
				"localRoutineId=12"
			),
			rows.get(0).select("a").attr("href"));
		Assertions.assertEquals(
			1, rows.get(0).select("a").size(),
			"no delete button without the permission to delete");
		Assertions.assertTrue(
			rows.get(
				1
			).select(
				"a"
			).get(
				1
			).attr(
				"href"
			).contains(
				"confirm_delete_local_routine"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void aNewRoutineChoosesItsAdministration(Locale locale)
		throws Exception {

		RenderedView view = _renderForm(
			"add",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			));

		view.assertField("organizationId", view.message("administration"));
		view.assertField(
			"articleResourcePrimKey", view.message("routine-article-id"));
		view.assertField(
			"ownerEmailAddress", view.message("owner-email-address"));
		view.assertFieldValue("reviewIntervalMonths", "12");

		Assertions.assertEquals(
			4,
			view.select(
				"#" + view.getNamespace() + "organizationId option"
			).size());

		view.assertNone(
			"a[href*=pick_person]",
			"a new routine's owner is typed: the picker needs the saved routine");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void anEditedRoutineKeepsItsAdministration(Locale locale)
		throws Exception {

		RenderedView view = _renderForm(
			"edit",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).parameter(
				"localRoutineId", "11"
			));

		view.assertText(
			"Vård- och omsorgsförvaltningen"
		).assertNone(
			"select", "the administration of a routine does not change"
		).assertFieldValue(
			"ownerEmailAddress", "anna.andersson@kommun.se"
		).assertLink(
			view.message("choose-the-owner-among-the-people"), "pick_person"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void everyRefusalIsExplainedAtItsField(Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"careProgramId", "1"
		).parameter(
			"organizationId", String.valueOf(CareProgramViews.SOCIAL_ID)
		).parameter(
			"reviewIntervalMonths", "0"
		);

		for (Class<? extends PortalException> exceptionClass :
				CareProgramFieldErrors.LOCAL_ROUTINE_FORM_ERRORS) {

			viewRequest.afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, exceptionClass));
		}

		RenderedView view = _renderForm("refused", viewRequest);

		for (Class<? extends PortalException> exceptionClass :
				CareProgramFieldErrors.LOCAL_ROUTINE_FORM_ERRORS) {

			FieldError fieldError = CareProgramFieldErrors.getFieldErrors(
			).get(
				exceptionClass
			);

			view.assertLink(
				view.message(fieldError.getMessageKey()),
				"#" + view.getNamespace() + fieldError.getFieldName());
		}

		view.assertFieldValue("reviewIntervalMonths", "0");

		Assertions.assertEquals(
			String.valueOf(CareProgramViews.SOCIAL_ID),
			view.select(
				"#" + view.getNamespace() + "organizationId option[selected]"
			).val());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void afterADeleteTheRoutinesSayWhatHappened(Locale locale)
		throws Exception {

		ViewLocalRoutinesMVCRenderCommand renderCommand =
			CareProgramViews.inject(new ViewLocalRoutinesMVCRenderCommand());

		_inject(renderCommand);

		Fields.set(
			renderCommand, "_localRoutineModelResourcePermission",
			CareProgramViews.deletable(LocalRoutine.class, 11L));

		RenderedView view = _viewHarness.render(
			"care_program_admin_routines", "deleted",
			ViewRequest.in(
				locale
			).parameter(
				"careProgramId", "1"
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, CareProgramMessages.LOCAL_ROUTINE_DELETED)
			),
			renderCommand::render);

		view.assertAlert(
			"success", view.message("the-local-routine-was-deleted"));

		_viewHarness.assertAccessible(view);
	}

	private void _inject(Object renderCommand) throws Exception {
		CareProgram careProgram = CareProgramViews.careProgram(
			1, "Depression och ångest", "Depression and anxiety",
			CareProgramViews.OWNER_USER_ID, null, null);

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.getCareProgram(1)
		).thenReturn(
			careProgram
		);

		LocalRoutine vard = CareProgramViews.localRoutine(
			11, 1, CareProgramViews.VARD_ID, CareProgramViews.OWNER_USER_ID,
			CareProgramViews.at("2026-03-01T10:00:00Z"),
			CareProgramViews.at("2027-03-01T10:00:00Z"));
		LocalRoutine social = CareProgramViews.localRoutine(
			12, 1, CareProgramViews.SOCIAL_ID, 0, null,
			CareProgramViews.at("2026-02-03T10:00:00Z"));

		LocalRoutineService localRoutineService = mock(
			LocalRoutineService.class);

		when(
			localRoutineService.getCareProgramLocalRoutines(1)
		).thenReturn(
			List.of(vard, social)
		);

		Fields.set(renderCommand, "_careProgramService", careProgramService);
		Fields.set(renderCommand, "_localRoutineService", localRoutineService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());
	}

	private RenderedView _renderForm(String state, ViewRequest viewRequest)
		throws Exception {

		EditLocalRoutineMVCRenderCommand renderCommand =
			CareProgramViews.inject(new EditLocalRoutineMVCRenderCommand());

		_inject(renderCommand);

		return _viewHarness.render(
			"edit_local_routine", state, viewRequest, renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
