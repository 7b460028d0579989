package se.livsviktig.platform.view.harness.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.Base64;

/**
 * One headless Chromium for the whole test JVM, driven by browser-check.js over stdin/stdout: for each page, load
 * it, make sure Clay's CSS applied, run axe-core with the WCAG 2.1 A/AA rules, and write a full-page screenshot.
 *
 * @author Livsviktig
 */
public class BrowserChecker {

	/**
	 * @return the one browser of this test JVM, started on first use and stopped when the JVM exits
	 */
	public static synchronized BrowserChecker get() {
		if (_browserChecker == null) {
			_browserChecker = new BrowserChecker(
				NodeSide.locate(),
				Paths.get(
					"target/view-harness/browser.log"
				).toAbsolutePath());

			Runtime.getRuntime(
			).addShutdownHook(
				new Thread(_browserChecker::stop, "view-harness-browser-stop")
			);
		}

		return _browserChecker;
	}

	/**
	 * @return null when the page passed, or the report of what failed
	 */
	public synchronized String check(
		String url, Path screenshot, boolean requireClay) {

		return check(url, screenshot, requireClay, 0);
	}

	/**
	 * @param  viewportWidth the browser window's width in CSS pixels, as a phone's (375); 0 for the desktop
	 *         default. With a width, a page wider than the window (one that scrolls sideways) fails.
	 * @return null when the page passed, or the report of what failed
	 */
	public synchronized String check(
		String url, Path screenshot, boolean requireClay, int viewportWidth) {

		_start();

		try {
			Files.createDirectories(screenshot.getParent());

			_writer.write(
				_json(
					url, screenshot.toAbsolutePath().toString(), requireClay,
					viewportWidth));
			_writer.write('\n');
			_writer.flush();

			String line = _reader.readLine();

			if (line == null) {
				throw new IllegalStateException(
					"The browser side stopped; see " + _logFile);
			}

			if (line.equals("OK")) {
				return null;
			}

			if (line.startsWith("FAIL ")) {
				return new String(
					Base64.getDecoder().decode(line.substring(5)),
					StandardCharsets.UTF_8);
			}

			throw new IllegalStateException(
				"The browser side answered \"" + line + "\"; see " + _logFile);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public synchronized void stop() {
		if (_process == null) {
			return;
		}

		try {
			_writer.close();
			_process.waitFor();
		}
		catch (IOException ioException) {
			_process.destroy();
		}
		catch (InterruptedException interruptedException) {
			_process.destroy();

			Thread.currentThread().interrupt();
		}

		_process = null;
	}

	private static String _json(
		String url, String screenshot, boolean requireClay, int viewportWidth) {

		return "{\"url\":\"" + _jsonEscape(url) + "\",\"screenshot\":\"" +
			_jsonEscape(screenshot) + "\",\"requireClay\":" + requireClay +
				",\"viewportWidth\":" + viewportWidth + "}";
	}

	private static String _jsonEscape(String value) {
		return value.replace(
			"\\", "\\\\"
		).replace(
			"\"", "\\\""
		);
	}

	private BrowserChecker(NodeSide nodeSide, Path logFile) {
		_nodeSide = nodeSide;
		_logFile = logFile;
	}

	private void _start() {
		if (_process != null) {
			return;
		}

		try {
			Files.createDirectories(_logFile.getParent());

			ProcessBuilder processBuilder = new ProcessBuilder(
				_nodeSide.getNode().toString(),
				_nodeSide.getBrowserScript().toString());

			processBuilder.directory(_nodeSide.getHarnessDir().toFile());
			processBuilder.environment(
			).put(
				"LIVSVIKTIG_CHROMIUM", _nodeSide.getChromium().toString()
			);
			processBuilder.redirectError(_logFile.toFile());

			_process = processBuilder.start();

			_reader = new BufferedReader(
				new InputStreamReader(
					_process.getInputStream(), StandardCharsets.UTF_8));
			_writer = new OutputStreamWriter(
				_process.getOutputStream(), StandardCharsets.UTF_8);

			String ready = _reader.readLine();

			if (!"READY".equals(ready)) {
				throw new IllegalStateException(
					"Headless Chromium did not start (" + ready + "): " +
						Files.readString(_logFile) + "; " + NodeSide.SETUP_HINT);
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static BrowserChecker _browserChecker;

	private final Path _logFile;
	private final NodeSide _nodeSide;
	private Process _process;
	private BufferedReader _reader;
	private Writer _writer;

}
