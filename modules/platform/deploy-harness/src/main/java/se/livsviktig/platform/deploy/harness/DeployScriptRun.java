package se.livsviktig.platform.deploy.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code build/deploy.sh} run for real against an empty temporary {@code $LIFERAY_HOME} that holds only the
 * portal owner's {@code portal-ext.properties}, as an existing intranet would; what it left behind is there to
 * be asserted.
 *
 * @author Livsviktig
 */
public final class DeployScriptRun {

	public static final String OWNERS_PORTAL_EXT =
		"# The portal owner's settings; a plugin never writes here.\n" +
			"locales.enabled=sv_SE,en_US,fi_FI\n";

	/**
	 * Runs {@code build/deploy.sh <environment> <app>}: one app only, since an app's tests run before later apps
	 * of the reactor are built.
	 */
	public static DeployScriptRun run(
			Path root, String environment, String app, Path liferayHome)
		throws Exception {

		Files.createDirectories(liferayHome);

		Files.writeString(
			liferayHome.resolve("portal-ext.properties"), OWNERS_PORTAL_EXT,
			StandardCharsets.UTF_8);

		ProcessBuilder processBuilder = new ProcessBuilder(
			"bash", root.resolve("build/deploy.sh").toString(), environment, app);

		processBuilder.environment().put("LIFERAY_HOME", liferayHome.toString());
		processBuilder.redirectErrorStream(true);

		Process process = processBuilder.start();

		String output = new String(
			process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();

			throw new IllegalStateException("deploy.sh did not finish: " + output);
		}

		return new DeployScriptRun(liferayHome, process.exitValue(), output);
	}

	public List<Path> deployedJars() {
		return _list(_liferayHome.resolve("deploy"));
	}

	public int exitCode() {
		return _exitCode;
	}

	public List<String> liferayHomeEntries() {
		return _list(
			_liferayHome
		).stream(
		).map(
			path -> String.valueOf(path.getFileName())
		).collect(
			Collectors.toList()
		);
	}

	public List<String> osgiConfigs() {
		return _list(
			_liferayHome.resolve("osgi/configs")
		).stream(
		).map(
			path -> String.valueOf(path.getFileName())
		).collect(
			Collectors.toList()
		);
	}

	public String output() {
		return _output;
	}

	public String portalExtProperties() {
		try {
			return Files.readString(
				_liferayHome.resolve("portal-ext.properties"),
				StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static List<Path> _list(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}

		try (Stream<Path> paths = Files.list(dir)) {
			return paths.sorted().collect(Collectors.toList());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private DeployScriptRun(Path liferayHome, int exitCode, String output) {
		_liferayHome = liferayHome;
		_exitCode = exitCode;
		_output = output;
	}

	private final int _exitCode;
	private final Path _liferayHome;
	private final String _output;

}
