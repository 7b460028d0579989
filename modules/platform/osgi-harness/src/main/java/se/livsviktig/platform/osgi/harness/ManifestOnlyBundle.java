package se.livsviktig.platform.osgi.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A bundle that is only a manifest, written by a test to prove what the framework accepts: an import at a
 * version range, a required capability.
 *
 * @author Livsviktig
 */
public final class ManifestOnlyBundle {

	public static ManifestOnlyBundle named(String symbolicName) {
		return new ManifestOnlyBundle(symbolicName);
	}

	public ManifestOnlyBundle header(String name, String value) {
		_headers.put(name, value);

		return this;
	}

	public Path writeTo(Path directory) throws IOException {
		Manifest manifest = new Manifest();

		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", _symbolicName);
		attributes.putValue("Bundle-Version", "1.0.0");

		_headers.forEach(attributes::putValue);

		Files.createDirectories(directory);

		Path path = directory.resolve(_symbolicName + ".jar");

		try (OutputStream outputStream = Files.newOutputStream(path);
			JarOutputStream jarOutputStream = new JarOutputStream(
				outputStream, manifest)) {

			jarOutputStream.finish();
		}

		return path;
	}

	private ManifestOnlyBundle(String symbolicName) {
		_symbolicName = symbolicName;
	}

	private final Map<String, String> _headers = new LinkedHashMap<>();
	private final String _symbolicName;

}
