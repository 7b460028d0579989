package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.portlet.LiferayPortletConfig;
import com.liferay.portal.kernel.portlet.LiferayRenderRequest;
import com.liferay.portal.kernel.portlet.LiferayRenderResponse;
import com.liferay.portal.kernel.resource.bundle.ResourceBundleLoader;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.portlet.RenderRequest;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import se.livsviktig.platform.view.harness.ViewRender;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.platform.view.harness.WebBundle;

/**
 * The harness's own servlet, under /__harness/ in the bundle's context:
 * render/{id} plays the portlet container for one pending render (doubles on the request, the real render
 * command, then an include of the JSP it names, as MVCPortlet does); page/{id} serves a finished page to the
 * browser; clay/... serves Clay's CSS and icons from node_modules.
 *
 * @author Livsviktig
 */
public class HarnessServlet extends HttpServlet {

	public HarnessServlet(
		WebBundle webBundle, LanguageDouble languageDouble, Path clayDir) {

		_webBundle = webBundle;
		_languageDouble = languageDouble;
		_clayDir = clayDir;
	}

	public String addPage(String html) {
		String id = "p" + _ids.incrementAndGet();

		_pages.put(id, html);

		return id;
	}

	public String addPendingRender(
		ViewRequest viewRequest, ViewRender viewRender) {

		String id = "r" + _ids.incrementAndGet();

		_pendingRenders.put(id, new PendingRender(viewRequest, viewRender));

		return id;
	}

	@Override
	protected void doGet(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse)
		throws IOException {

		String pathInfo = httpServletRequest.getPathInfo();

		if (pathInfo.startsWith("/render/")) {
			_render(
				httpServletRequest, httpServletResponse,
				_pendingRenders.remove(pathInfo.substring(8)));
		}
		else if (pathInfo.startsWith("/page/")) {
			String html = _pages.get(pathInfo.substring(6));

			if (html == null) {
				httpServletResponse.sendError(404);

				return;
			}

			httpServletResponse.setContentType("text/html;charset=UTF-8");
			httpServletResponse.getWriter(
			).write(
				html
			);
		}
		else if (pathInfo.startsWith("/clay/")) {
			_serveClay(pathInfo.substring(6), httpServletResponse);
		}
		else {
			httpServletResponse.sendError(404);
		}
	}

	private void _render(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse,
			PendingRender pendingRender)
		throws IOException {

		if (pendingRender == null) {
			httpServletResponse.sendError(404);

			return;
		}

		ViewRequest viewRequest = pendingRender._viewRequest;

		CapturingResponse capturingResponse = new CapturingResponse(
			httpServletResponse);

		RenderRecorder.start(viewRequest.getLocale());

		List<String> problems;

		try {
			ThemeDisplay themeDisplay = ThemeDisplayFactory.create(
				httpServletRequest, capturingResponse, _webBundle,
				viewRequest.getLocale());

			LiferayPortletConfig portletConfig =
				PortletContainerDoubles.portletConfig(
					_webBundle, httpServletRequest.getServletContext(),
					_languageDouble);

			LiferayRenderRequest renderRequest =
				PortletContainerDoubles.renderRequest(
					httpServletRequest, _webBundle, viewRequest.getLocale(),
					viewRequest.getParameters(), portletConfig);
			LiferayRenderResponse renderResponse =
				PortletContainerDoubles.renderResponse(
					capturingResponse, _webBundle);

			ResourceBundleLoader resourceBundleLoader =
				_languageDouble::getResourceBundle;

			httpServletRequest.setAttribute(
				WebKeys.THEME_DISPLAY, themeDisplay);
			httpServletRequest.setAttribute(
				WebKeys.PORTLET_ID, _webBundle.getPortletId());
			httpServletRequest.setAttribute(
				WebKeys.RESOURCE_BUNDLE_LOADER, resourceBundleLoader);
			httpServletRequest.setAttribute(
				JavaConstants.JAVAX_PORTLET_CONFIG, portletConfig);
			httpServletRequest.setAttribute(
				JavaConstants.JAVAX_PORTLET_REQUEST, renderRequest);
			httpServletRequest.setAttribute(
				JavaConstants.JAVAX_PORTLET_RESPONSE, renderResponse);
			httpServletRequest.setAttribute(
				RenderRequest.LIFECYCLE_PHASE, RenderRequest.RENDER_PHASE);

			for (Consumer<RenderRequest> consumer :
					viewRequest.getAfterAction()) {

				consumer.accept(renderRequest);
			}

			String path = pendingRender._viewRender.render(
				renderRequest, renderResponse);

			httpServletRequest.getRequestDispatcher(
				path
			).include(
				httpServletRequest, capturingResponse
			);
		}
		catch (Throwable throwable) {
			RenderRecorder.stop();

			StringWriter stringWriter = new StringWriter();

			throwable.printStackTrace(new PrintWriter(stringWriter));

			_sendProblem(httpServletResponse, stringWriter.toString());

			return;
		}
		finally {
			problems = RenderRecorder.stop();
		}

		if ((problems != null) && !problems.isEmpty()) {
			_sendProblem(httpServletResponse, String.join("\n", problems));

			return;
		}

		Object exception = httpServletRequest.getAttribute(
			"javax.servlet.error.exception");

		if (exception != null) {
			_sendProblem(
				httpServletResponse, "The JSP failed: " + exception);

			return;
		}

		httpServletResponse.setContentType("text/html;charset=UTF-8");
		httpServletResponse.getWriter(
		).write(
			capturingResponse.getContent()
		);
	}

	private void _sendProblem(
			HttpServletResponse httpServletResponse, String message)
		throws IOException {

		httpServletResponse.setStatus(500);
		httpServletResponse.setContentType("text/plain;charset=UTF-8");
		httpServletResponse.getWriter(
		).write(
			message
		);
	}

	private void _serveClay(
			String path, HttpServletResponse httpServletResponse)
		throws IOException {

		Path file = _clayDir.resolve(
			path
		).normalize();

		if (!file.startsWith(_clayDir) || !Files.isRegularFile(file)) {
			httpServletResponse.sendError(404);

			return;
		}

		if (path.endsWith(".css")) {
			httpServletResponse.setContentType("text/css;charset=UTF-8");
		}
		else if (path.endsWith(".svg")) {
			httpServletResponse.setContentType("image/svg+xml");
		}

		Files.copy(file, httpServletResponse.getOutputStream());
	}

	private final Path _clayDir;
	private final AtomicInteger _ids = new AtomicInteger();
	private final LanguageDouble _languageDouble;
	private final Map<String, String> _pages = new ConcurrentHashMap<>();
	private final Map<String, PendingRender> _pendingRenders =
		new ConcurrentHashMap<>();
	private final WebBundle _webBundle;

	private static class CapturingResponse extends HttpServletResponseWrapper {

		public String getContent() {
			_printWriter.flush();

			return _charArrayWriter.toString();
		}

		@Override
		public PrintWriter getWriter() {
			return _printWriter;
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		@Override
		public void flushBuffer() {
			_printWriter.flush();
		}

		@Override
		public void resetBuffer() {
			_charArrayWriter.reset();
		}

		private CapturingResponse(HttpServletResponse httpServletResponse) {
			super(httpServletResponse);
		}

		private final CharArrayWriter _charArrayWriter = new CharArrayWriter();
		private final PrintWriter _printWriter = new PrintWriter(
			_charArrayWriter);

	}

	private static class PendingRender {

		private PendingRender(ViewRequest viewRequest, ViewRender viewRender) {
			_viewRequest = viewRequest;
			_viewRender = viewRender;
		}

		private final ViewRender _viewRender;
		private final ViewRequest _viewRequest;

	}

}
