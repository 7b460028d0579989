package se.livsviktig.platform.view.harness.internal;

import java.io.File;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the browser side lives: the view-harness folder with its package.json and node_modules, node on the PATH,
 * and Debian's Chromium. Missing pieces fail the tier with the command that installs them; the tier never skips.
 *
 * @author Livsviktig
 */
public class NodeSide {

	public static final String SETUP_HINT =
		"run modules/platform/view-harness/ci-setup.sh (apt-get install chromium; npm ci)";

	public static NodeSide locate() {
		Path harnessDir = _harnessDir();

		List<String> missing = new ArrayList<>();

		for (String module :
				new String[] {
					"@clayui/css", "axe-core", "ical.js", "playwright-core"
				}) {

			if (!Files.isDirectory(harnessDir.resolve("node_modules/" + module))) {
				missing.add(harnessDir.resolve("node_modules/" + module).toString());
			}
		}

		Path node = _onPath("node");

		if (node == null) {
			missing.add("node on the PATH");
		}

		Path chromium = _chromium();

		if (chromium == null) {
			missing.add(
				"Chromium (/usr/bin/chromium, or the livsviktig.chromium system property)");
		}

		if (!missing.isEmpty()) {
			throw new IllegalStateException(
				"The view tier (T5) cannot run: missing " + missing + "; " +
					SETUP_HINT);
		}

		return new NodeSide(harnessDir, node, chromium);
	}

	public Path getBrowserScript() {
		return _harnessDir.resolve("browser-check.js");
	}

	public Path getChromium() {
		return _chromium;
	}

	public Path getClayDir() {
		return _harnessDir.resolve("node_modules/@clayui/css/lib");
	}

	public Path getHarnessDir() {
		return _harnessDir;
	}

	public Path getNode() {
		return _node;
	}

	private static Path _chromium() {
		String configured = System.getProperty("livsviktig.chromium");

		if (configured != null) {
			Path path = Paths.get(configured);

			return Files.isExecutable(path) ? path : null;
		}

		Path debian = Paths.get("/usr/bin/chromium");

		if (Files.isExecutable(debian)) {
			return debian;
		}

		return _onPath("chromium");
	}

	/**
	 * The build passes the folder as a system property; from an IDE, look upwards from the working directory.
	 */
	private static Path _harnessDir() {
		String configured = System.getProperty("livsviktig.view.harness.dir");

		if (configured != null) {
			Path path = Paths.get(configured);

			if (Files.exists(path.resolve("package.json"))) {
				return path;
			}
		}

		Path dir = Paths.get(
			""
		).toAbsolutePath();

		while (dir != null) {
			Path candidate = dir.resolve("modules/platform/view-harness");

			if (Files.exists(candidate.resolve("package.json"))) {
				return candidate;
			}

			dir = dir.getParent();
		}

		throw new IllegalStateException(
			"The view tier (T5) cannot find modules/platform/view-harness/package.json from " +
				Paths.get("").toAbsolutePath() + " (system property livsviktig.view.harness.dir: " +
					configured + ")");
	}

	private static Path _onPath(String command) {
		String pathVariable = System.getenv("PATH");

		if (pathVariable == null) {
			return null;
		}

		for (String dir : pathVariable.split(File.pathSeparator)) {
			Path candidate = Paths.get(dir, command);

			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}

		return null;
	}

	private NodeSide(Path harnessDir, Path node, Path chromium) {
		_harnessDir = harnessDir;
		_node = node;
		_chromium = chromium;
	}

	private final Path _chromium;
	private final Path _harnessDir;
	private final Path _node;

}
