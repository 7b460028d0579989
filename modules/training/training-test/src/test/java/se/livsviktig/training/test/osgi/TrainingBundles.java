package se.livsviktig.training.test.osgi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training app's bundles as this reactor built them, copied by the build into the directory named by the
 * system property {@code livsviktig.osgi.bundles}.
 *
 * @author Livsviktig
 */
final class TrainingBundles {

	static final String API = "se.livsviktig.training.api";

	static final String SERVICE = "se.livsviktig.training.service";

	static final List<String> SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.training.web", "se.livsviktig.training.uad");

	static final String WEB = "se.livsviktig.training.web";

	static List<Path> jars() {
		String directory = System.getProperty("livsviktig.osgi.bundles");

		if (directory == null) {
			throw new IllegalStateException(
				"Run through Maven (failsafe sets livsviktig.osgi.bundles)");
		}

		List<Path> jars = new ArrayList<>();

		for (String symbolicName : SYMBOLIC_NAMES) {
			Path jar = Path.of(directory, symbolicName + ".jar");

			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("Not built: " + jar);
			}

			jars.add(jar);
		}

		return jars;
	}

	private TrainingBundles() {
	}

}
