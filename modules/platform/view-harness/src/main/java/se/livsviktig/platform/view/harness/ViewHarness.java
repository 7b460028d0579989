package se.livsviktig.platform.view.harness;

import com.liferay.portal.kernel.security.permission.PermissionChecker;

import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.List;

import org.jsoup.nodes.Entities;

import se.livsviktig.platform.view.harness.internal.BrowserChecker;
import se.livsviktig.platform.view.harness.internal.HarnessServlet;
import se.livsviktig.platform.view.harness.internal.InterfaceDouble;
import se.livsviktig.platform.view.harness.internal.LanguageDouble;
import se.livsviktig.platform.view.harness.internal.MarkupInvariants;
import se.livsviktig.platform.view.harness.internal.NodeSide;
import se.livsviktig.platform.view.harness.internal.PortalStatics;
import se.livsviktig.platform.view.harness.internal.ViewServer;

/**
 * The view tier (T5) for one web bundle: renders its JSPs in an embedded Tomcat with the portal's own tag
 * classes, checks the markup, and checks the page in headless Chromium (axe-core WCAG 2.1 A/AA, Clay's CSS,
 * a screenshot per view and state under target/view-screenshots). One per test JVM, started on first use.
 *
 * @author Livsviktig
 */
public final class ViewHarness {

	public static final long COMPANY_GROUP_ID = 20121;

	public static final long COMPANY_ID = 20097;

	public static final PermissionChecker PERMISSION_CHECKER =
		InterfaceDouble.of(
			PermissionChecker.class
		).constant(
			"getUserId", 20125L
		).constant(
			"getCompanyId", COMPANY_ID
		).constant(
			"isSignedIn", true
		).build(
			"The view harness's permission checker (ask a PortletResourcePermission mock instead)"
		);

	public static final long SITE_GROUP_ID = 20119;

	public static final long USER_ID = 20125;

	public static synchronized ViewHarness of(WebBundle webBundle) {
		if (_viewHarness == null) {
			// Tomcat's threads are daemons and end with the test JVM; nothing to stop.

			_viewHarness = new ViewHarness(webBundle);
		}
		else if (!_viewHarness._webBundle.getLocation().equals(webBundle.getLocation())) {
			throw new IllegalStateException(
				"The view harness serves one web bundle per test JVM");
		}

		return _viewHarness;
	}

	/**
	 * Loads the view as a page in headless Chromium with Clay's CSS, runs axe-core (wcag2a, wcag2aa, wcag21a,
	 * wcag21aa) and writes target/view-screenshots/{view}/{state}-{language}.png. Fails on any violation.
	 */
	public void assertAccessible(RenderedView renderedView) {
		assertAccessible(renderedView, 0);
	}

	/**
	 * As {@link #assertAccessible(RenderedView)} in a browser window the given number of CSS pixels wide (375:
	 * a phone), with the screenshot as {state}-{language}-{width}px.png; also fails when the page is wider than
	 * the window, so that it would scroll sideways.
	 */
	public void assertAccessible(RenderedView renderedView, int viewportWidth) {
		String pageId = _harnessServlet.addPage(_page(renderedView));

		String suffix = "";

		if (viewportWidth > 0) {
			suffix = "-" + viewportWidth + "px";
		}

		Path screenshot = getScreenshotDir().resolve(
			renderedView.getView() + "/" + renderedView.getState() + "-" +
				renderedView.getLocale().getLanguage() + suffix + ".png");

		String report = BrowserChecker.get(
		).check(
			_viewServer.getURL("/__harness/page/" + pageId), screenshot, true,
			viewportWidth
		);

		if (report != null) {
			throw new AssertionError(
				renderedView.getName() + " fails WCAG 2.1 AA in Chromium:\n" + report + "\n(screenshot: " +
					screenshot + ")");
		}
	}

	public static Path getScreenshotDir() {
		return Paths.get(
			System.getProperty(
				"livsviktig.view.screenshot.dir", "target/view-screenshots"));
	}

	/**
	 * Renders a view as the portlet container would: the request carries the doubles for ThemeDisplay and the
	 * portlet request, response and config; whatever the action phase left is put in the session; then the render
	 * (the real MVCRenderCommand) runs and the JSP it names is included. Fails when the render throws, when the
	 * page asks for a Language key the bundle lacks, when it renders nothing, or when a form field is unlabelled.
	 */
	public RenderedView render(
		String view, String state, ViewRequest viewRequest,
		ViewRender viewRender) {

		String renderId = _harnessServlet.addPendingRender(
			viewRequest, viewRender);

		String html;

		try {
			html = _viewServer.get("/__harness/render/" + renderId);
		}
		catch (AssertionError assertionError) {
			throw new AssertionError(
				view + " " + state + " " + viewRequest.getLocale().toLanguageTag() + " did not render: " +
					assertionError.getMessage(),
				assertionError);
		}

		RenderedView renderedView = new RenderedView(
			_webBundle, view, state, viewRequest.getLocale(), html);

		List<String> problems = MarkupInvariants.check(
			renderedView.getDocument());

		if (!problems.isEmpty()) {
			throw new AssertionError(
				renderedView.getName() + ":\n  " + String.join("\n  ", problems) +
					"\n--- rendered HTML ---\n" + html);
		}

		return renderedView;
	}

	private ViewHarness(WebBundle webBundle) {
		_webBundle = webBundle;

		NodeSide nodeSide = NodeSide.locate();

		LanguageDouble languageDouble = new LanguageDouble(webBundle);

		PortalStatics.install(webBundle, languageDouble);

		Path workDir = Paths.get(
			"target/view-harness"
		).toAbsolutePath();

		_harnessServlet = new HarnessServlet(
			webBundle, languageDouble, nodeSide.getClayDir());

		_viewServer = new ViewServer(webBundle, _harnessServlet, workDir);

		_viewServer.start();
	}

	/**
	 * The page around the portlet stands in for the theme: language, title, a main landmark and Clay's CSS.
	 */
	private String _page(RenderedView renderedView) {
		String title = _webBundle.getLanguage(
			renderedView.getLocale()
		).getProperty(
			"javax.portlet.title." + _webBundle.getPortletId(),
			_webBundle.getPortletId()
		);

		return "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"" + renderedView.getLocale().toLanguageTag() +
			"\">\n<head>\n<meta charset=\"utf-8\">\n" +
				"<meta content=\"width=device-width, initial-scale=1\" name=\"viewport\">\n<title>" +
					Entities.escape(title) + "</title>\n<link href=\"" + _webBundle.getContextPath() +
						"/__harness/clay/css/atlas.css\" rel=\"stylesheet\">\n</head>\n<body>\n" +
							"<main class=\"py-4\" id=\"main-content\">\n<section class=\"portlet\" id=\"p_p_id" +
								_webBundle.getPortletNamespace() + "\">\n" + renderedView.getHtml() +
									"\n</section>\n</main>\n</body>\n</html>\n";
	}

	private static ViewHarness _viewHarness;

	private final HarnessServlet _harnessServlet;
	private final ViewServer _viewServer;
	private final WebBundle _webBundle;

}
