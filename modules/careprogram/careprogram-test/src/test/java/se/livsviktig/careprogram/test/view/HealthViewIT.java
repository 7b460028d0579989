package se.livsviktig.careprogram.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.CareProgramHealthService;
import se.livsviktig.careprogram.web.internal.portlet.action.ViewHealthMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The health overview per administration, rendered by its real render command: the tab current, each
 * administration with its routines, how many were reviewed on time and the share, and the programmes it has no
 * routine for, the one needing attention first; a sentence when no administration has a routine.
 *
 * @author Livsviktig
 */
public class HealthViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = CareProgramViews.harness();
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void withoutRoutinesItSaysSo(Locale locale) throws Exception {
		RenderedView view = _render("empty", locale, List.of());

		view.assertHeading(
			2, view.message("health-per-administration")
		).assertText(
			view.message("no-administration-has-a-local-routine-yet")
		).assertNone(
			"table", "no administrations, no table"
		);

		Assertions.assertEquals(
			1, view.select("nav [aria-current=page]").size());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.careprogram.test.view.CareProgramViews#locales")
	@ParameterizedTest
	public void eachAdministrationWithItsShareTheLowestFirst(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"administrations", locale,
			List.of(
				new AdministrationHealth(CareProgramViews.SOCIAL_ID, 4, 4, 0),
				new AdministrationHealth(CareProgramViews.VARD_ID, 4, 1, 2)));

		view.assertTableRows(2);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(
			rows.get(0).text().contains("Vård- och omsorgsförvaltningen"));
		Assertions.assertTrue(
			rows.get(
				0
			).text(
			).contains(
				view.message("x-of-x-x-percent", 1, 4, 25)
			),
			rows.get(0).text());
		Assertions.assertTrue(
			rows.get(1).text().contains(view.message("x-of-x-x-percent", 4, 4, 100)));

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, Locale locale,
			List<AdministrationHealth> administrationHealths)
		throws Exception {

		CareProgramHealthService careProgramHealthService = mock(
			CareProgramHealthService.class);

		when(
			careProgramHealthService.getAdministrationHealth(
				ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			administrationHealths
		);

		ViewHealthMVCRenderCommand renderCommand = CareProgramViews.inject(
			new ViewHealthMVCRenderCommand());

		Fields.set(
			renderCommand, "_careProgramHealthService",
			careProgramHealthService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			CareProgramViews.organizationLocalService());

		return _viewHarness.render(
			"health", state, ViewRequest.in(locale), renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
