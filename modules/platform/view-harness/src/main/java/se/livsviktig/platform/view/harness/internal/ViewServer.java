package se.livsviktig.platform.view.harness.internal;

import com.liferay.frontend.taglib.clay.internal.servlet.ServletContextUtil;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.JarResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;

import se.livsviktig.platform.view.harness.WebBundle;

/**
 * An embedded Tomcat 9 on loopback whose web application is the bundle's META-INF/resources, read from the built
 * jar, as the portal's OSGi web extender serves it. Jasper compiles the JSPs against the classpath, where the
 * portal's TLDs and tag classes come from release.portal.api.
 *
 * @author Livsviktig
 */
public class ViewServer {

	public ViewServer(
		WebBundle webBundle, HarnessServlet harnessServlet, Path workDir) {

		_webBundle = webBundle;
		_harnessServlet = harnessServlet;
		_workDir = workDir;
	}

	/**
	 * @return the body of a 200 answer; anything else fails with the server's explanation
	 */
	public String get(String path) {
		HttpRequest httpRequest = HttpRequest.newBuilder(
			URI.create(getURL(path))
		).GET(
		).build();

		try {
			HttpResponse<String> httpResponse = _httpClient.send(
				httpRequest, HttpResponse.BodyHandlers.ofString());

			if (httpResponse.statusCode() != 200) {
				throw new AssertionError(
					"GET " + path + " answered " + httpResponse.statusCode() +
						":\n" + httpResponse.body());
			}

			return httpResponse.body();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	public String getURL(String path) {
		return "http://127.0.0.1:" + _port + _webBundle.getContextPath() +
			path;
	}

	public void start() {
		try {
			Path baseDir = Files.createDirectories(_workDir.resolve("tomcat"));
			Path docBase = Files.createDirectories(_workDir.resolve("docbase"));

			Tomcat tomcat = new Tomcat();

			tomcat.setBaseDir(baseDir.toString());
			tomcat.setHostname("127.0.0.1");
			tomcat.setPort(0);
			tomcat.getConnector(
			).setProperty(
				"address", "127.0.0.1"
			);

			Context context = tomcat.addWebapp(
				_webBundle.getContextPath(), docBase.toString());

			context.setParentClassLoader(ViewServer.class.getClassLoader());

			WebResourceRoot webResourceRoot = new StandardRoot(context);

			if (_webBundle.isJar()) {
				webResourceRoot.addPreResources(
					new JarResourceSet(
						webResourceRoot, "/",
						_webBundle.getLocation().toString(),
						"/META-INF/resources"));
			}
			else {
				webResourceRoot.addPreResources(
					new DirResourceSet(
						webResourceRoot, "/",
						_webBundle.getLocation().toString(),
						"/META-INF/resources"));
			}

			context.setResources(webResourceRoot);

			StandardJarScanner jarScanner =
				(StandardJarScanner)context.getJarScanner();

			StandardJarScanFilter jarScanFilter = new StandardJarScanFilter();

			// Nothing on the test classpath is a web fragment or needs annotation scanning; only TLDs matter.

			jarScanFilter.setPluggabilitySkip("*.jar");
			jarScanner.setJarScanFilter(jarScanFilter);

			Wrapper harnessWrapper = Tomcat.addServlet(
				context, "livsviktig-view-harness", _harnessServlet);

			harnessWrapper.setLoadOnStartup(1);

			context.addServletMappingDecoded("/__harness/*", "livsviktig-view-harness");

			tomcat.start();

			ServletContextUtil.setServletContext(context.getServletContext());

			_port = tomcat.getConnector(
			).getLocalPort();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (LifecycleException lifecycleException) {
			throw new IllegalStateException(lifecycleException);
		}
	}

	private final HarnessServlet _harnessServlet;
	private final HttpClient _httpClient = HttpClient.newHttpClient();
	private volatile int _port;
	private final WebBundle _webBundle;
	private final Path _workDir;

}
