package se.livsviktig.platform.view.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import se.livsviktig.platform.view.harness.internal.BrowserChecker;

/**
 * The view tier's browser check for HTML the project produces outside JSPs (e-mail bodies, certificate HTML):
 * the whole document as produced, axe-core WCAG 2.1 A/AA in headless Chromium, and a screenshot under
 * target/view-screenshots/documents/. Such documents carry their own (inline) styles, so Clay's CSS is not
 * required.
 *
 * @author Livsviktig
 */
public final class HtmlDocumentCheck {

	public static void assertAccessible(String name, String html) {
		Path file = Paths.get(
			"target/view-harness/documents/" + name + ".html"
		).toAbsolutePath();

		Path screenshot = ViewHarness.getScreenshotDir(
		).resolve(
			"documents/" + name + ".png"
		);

		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		String report = BrowserChecker.get(
		).check(
			file.toUri().toString(), screenshot, false
		);

		if (report != null) {
			throw new AssertionError(
				name + " fails WCAG 2.1 AA in Chromium:\n" + report +
					"\n(screenshot: " + screenshot + ")");
		}
	}

	private HtmlDocumentCheck() {
	}

}
