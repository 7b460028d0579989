package se.livsviktig.platform.deploy.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An app's built bundles as the deploy-reading checks read them: the checkout's root, each bundle module's own
 * jar, and what the portal's {@code ResourceActionsImpl} reads from them.
 *
 * @author Livsviktig
 */
public final class AppJars {

	public static final List<Locale> LOCALES = List.of(
		new Locale("sv", "SE"), Locale.US);

	public static AppJars read(String app) throws Exception {
		Path root = _root();

		List<BuiltBundle> builtBundles = BuiltBundle.ofApp(root, app);

		return new AppJars(
			app, root, builtBundles, PortalResourceActions.read(builtBundles));
	}

	public String app() {
		return _app;
	}

	public List<BuiltBundle> builtBundles() {
		return _builtBundles;
	}

	public PortalResourceActions portalResourceActions() {
		return _portalResourceActions;
	}

	public Path root() {
		return _root;
	}

	/**
	 * The checkout's root: failsafe passes {@code livsviktig.root}; from an IDE, the first parent holding
	 * {@code build/deploy.sh}.
	 */
	private static Path _root() {
		String root = System.getProperty("livsviktig.root");

		if ((root != null) && !root.isEmpty()) {
			return Path.of(root);
		}

		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("build/deploy.sh"))) {
				return dir;
			}
		}

		throw new IllegalStateException("Cannot find the checkout's root");
	}

	private AppJars(
		String app, Path root, List<BuiltBundle> builtBundles,
		PortalResourceActions portalResourceActions) {

		_app = app;
		_root = root;
		_builtBundles = builtBundles;
		_portalResourceActions = portalResourceActions;
	}

	private final String _app;
	private final List<BuiltBundle> _builtBundles;
	private final PortalResourceActions _portalResourceActions;
	private final Path _root;

}
