package se.livsviktig.platform.db.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the server binaries: in the directory a system property names, if set (for machines that keep them
 * elsewhere); otherwise where Debian's packages install them, then on PATH.
 */
final class Executables {

	static Path require(
		String name, String overrideProperty, String installHint,
		String... defaultDirectories) {

		List<Path> candidates = new ArrayList<>();

		String override = System.getProperty(overrideProperty);

		if ((override != null) && !override.isBlank()) {

			// Said explicitly, so nothing else may stand in for it.

			candidates.add(Paths.get(override, name));
		}
		else {
			for (String directory : defaultDirectories) {
				candidates.add(Paths.get(directory, name));
			}

			String path = System.getenv("PATH");

			if (path != null) {
				for (String directory : path.split(":")) {
					if (!directory.isEmpty()) {
						candidates.add(Paths.get(directory, name));
					}
				}
			}
		}

		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}

		throw new DatabaseServerUnavailableException(
			name + " was not found (looked in " + candidates + "). The database tiers need it: " +
				installHint + ", or set -D" + overrideProperty + "=<directory holding " + name + ">.");
	}

	private Executables() {
	}

}
