package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewAdminCareProgramsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * Livsviktig – Vård- och insatsprogram's programme list, rendered by its real render command: the tabs, "add
 * programme", the seed button as a POST form explained beside it, and each programme with its owner (or "Utan
 * ägare"), interval, badge and links to edit it and to its routines, each link naming its programme for a screen
 * reader; a sentence when there are none; the message after the national programmes were added.
 *
 * @author Livsviktig
 */
public class AdminCareProgramsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withoutProgrammesTheSeedButtonIsOffered(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), List.of());

		view.assertHeading(
			2, view.message("care-programs")
		).assertText(
			view.message("no-programmes-yet")
		).assertButton(
			view.message("add-the-national-programmes")
		).assertText(
			view.message("add-the-national-programmes-help")
		).assertLink(
			view.message("add-programme"), "edit_care_program"
		).assertLink(
			view.message("review-log"), "view_review_log"
		);

		Element seedForm = view.select(
			"form"
		).first();

		Assertions.assertEquals("post", seedForm.attr("method"));
		Assertions.assertTrue(
			seedForm.attr(
				"action"
			).contains(
				"add_national_care_programs"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void eachProgrammeWithOwnerIntervalBadgeAndLinks(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"programmes", ViewRequest.in(locale),
			List.of(
				CareProgramViews.careProgram(
					1, "Depression och ångest", "Depression and anxiety",
					CareProgramViews.OWNER_USER_ID,
					CareProgramViews.at("2026-03-01T10:00:00Z"),
					CareProgramViews.at("2027-03-01T10:00:00Z")),
				CareProgramViews.careProgram(
					2, "Suicidprevention", "Suicide prevention", 0, null,
					CareProgramViews.at("2026-02-03T10:00:00Z"))));

		view.assertTableRows(2);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(rows.get(0).text().contains("Anna Andersson"));
		Assertions.assertTrue(
			rows.get(0).text().contains(view.message("x-months", 12)));
		Assertions.assertTrue(
			rows.get(1).text().contains(view.message("review-badge-no-owner")));
		Assertions.assertEquals(
			3, rows.get(0).select("a").size(),
			"edit, routines and delete for a programme the coordinator may delete");
		Assertions.assertTrue(
			rows.get(
				0
			).select(
				"a"
			).get(
				2
			).attr(
				"href"
			).contains(
				"confirm_delete_care_program"
			));
		Assertions.assertEquals(
			view.message("delete") + " " +
				((locale == CareProgramViews.SWEDISH) ?
					"Depression och ångest" : "Depression and anxiety"),
			rows.get(
				0
			).select(
				"a"
			).get(
				2
			).text());
		Assertions.assertEquals(
			2, rows.get(1).select("a").size(),
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
				"view_local_routines"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void afterTheSeedTheCoordinatorIsToldWhatHappened(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"seeded",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					CareProgramMessages.NATIONAL_CARE_PROGRAMS_ADDED)
			),
			List.of(
				CareProgramViews.careProgram(
					2, "Suicidprevention", "Suicide prevention", 0, null,
					null)));

		view.assertAlert(
			"success", view.message("the-national-programmes-were-added"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void afterADeleteTheCoordinatorIsToldWhatHappened(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"deleted",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, CareProgramMessages.CARE_PROGRAM_DELETED)
			),
			List.of(
				CareProgramViews.careProgram(
					2, "Suicidprevention", "Suicide prevention", 0, null,
					null)));

		view.assertAlert("success", view.message("the-programme-was-deleted"));

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<CareProgram> carePrograms)
		throws Exception {

		CareProgramService careProgramService = mock(CareProgramService.class);

		when(
			careProgramService.searchCarePrograms(
				eq(ViewHarness.SITE_GROUP_ID), any(), anyLong(), anyLong(),
				anyInt(), anyInt(), anyInt())
		).thenReturn(
			carePrograms
		);
		when(
			careProgramService.searchCareProgramsCount(
				eq(ViewHarness.SITE_GROUP_ID), any(), anyLong(), anyLong(),
				anyInt())
		).thenReturn(
			carePrograms.size()
		);

		ViewAdminCareProgramsMVCRenderCommand renderCommand =
			CareProgramViews.inject(
				new ViewAdminCareProgramsMVCRenderCommand());

		Fields.set(renderCommand, "_careProgramService", careProgramService);
		Fields.set(
			renderCommand, "_careProgramModelResourcePermission",
			CareProgramViews.deletable(CareProgram.class, 1L));
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return _viewHarness.render(
			"care_program_admin", state, viewRequest, renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
