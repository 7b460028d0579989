package se.livsviktig.report.test.view;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.report.web.internal.portlet.action.ViewOverviewMVCRenderCommand;

/**
 * The year's overview, rendered by its real render command.
 *
 * @author Livsviktig
 */
public class OverviewViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = ReportViews.harness();
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void theOverviewSaysWhatItShows(Locale locale) throws Exception {
		RenderedView view = _viewHarness.render(
			"overview", "empty", ViewRequest.in(locale),
			new ViewOverviewMVCRenderCommand()::render);

		view.assertHeading(
			2, view.message("the-years-figures")
		).assertText(
			view.message("the-years-figures-help")
		);

		_viewHarness.assertAccessible(view);
	}

	private static ViewHarness _viewHarness;

}
