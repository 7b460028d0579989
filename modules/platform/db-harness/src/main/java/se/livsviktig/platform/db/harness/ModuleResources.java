package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.security.CodeSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The resources of one module (its jar, or its classes directory in an IDE), found through one of its classes.
 * Several modules on a test classpath carry the same paths (META-INF/sql/tables.sql, META-INF/module-hbm.xml), so
 * a resource must be read from the right module, never from whichever comes first on the classpath.
 */
public final class ModuleResources {

	public static ModuleResources of(Class<?> anyClassOfModule) {
		CodeSource codeSource = anyClassOfModule.getProtectionDomain().getCodeSource();

		if ((codeSource == null) || (codeSource.getLocation() == null)) {
			throw new IllegalArgumentException("No code source for " + anyClassOfModule);
		}

		try {
			return new ModuleResources(Paths.get(codeSource.getLocation().toURI()));
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new IllegalArgumentException(codeSource.getLocation().toString(), uriSyntaxException);
		}
	}

	/**
	 * The paths of the files directly inside a directory of this module, such as "OSGI-INF/".
	 */
	public List<String> list(String directory) {
		String prefix = directory.endsWith("/") ? directory : directory + "/";

		List<String> paths = new ArrayList<>();

		try {
			if (Files.isDirectory(_location)) {
				Path path = _location.resolve(prefix);

				if (Files.isDirectory(path)) {
					try (Stream<Path> stream = Files.list(path)) {
						stream.filter(
							Files::isRegularFile
						).forEach(
							file -> paths.add(prefix + file.getFileName())
						);
					}
				}
			}
			else {
				try (JarFile jarFile = new JarFile(_location.toFile())) {
					jarFile.stream(
					).map(
						JarEntry::getName
					).filter(
						name -> name.startsWith(prefix) && !name.endsWith("/") &&
							(name.indexOf('/', prefix.length()) == -1)
					).forEach(
						paths::add
					);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		Collections.sort(paths);

		return paths;
	}

	public Path location() {
		return _location;
	}

	public Optional<String> read(String path) {
		return url(
			path
		).map(
			url -> {
				try (InputStream inputStream = url.openStream()) {
					return new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ioException) {
					throw new UncheckedIOException(ioException);
				}
			}
		);
	}

	public String require(String path) {
		return read(
			path
		).orElseThrow(
			() -> new IllegalStateException(_location + " has no " + path)
		);
	}

	@Override
	public String toString() {
		return _location.toString();
	}

	/**
	 * The URL of a resource of this module only, or empty if this module has none by that path.
	 */
	public Optional<URL> url(String path) {
		try {
			if (Files.isDirectory(_location)) {
				Path file = _location.resolve(path);

				if (Files.isRegularFile(file)) {
					return Optional.of(file.toUri().toURL());
				}

				return Optional.empty();
			}

			try (JarFile jarFile = new JarFile(_location.toFile())) {
				JarEntry jarEntry = jarFile.getJarEntry(path);

				if ((jarEntry == null) || jarEntry.isDirectory()) {
					return Optional.empty();
				}
			}

			return Optional.of(new URL("jar:" + _location.toUri().toURL() + "!/" + path));
		}
		catch (MalformedURLException malformedURLException) {
			throw new IllegalStateException(malformedURLException);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private ModuleResources(Path location) {
		_location = location;
	}

	private final Path _location;

}
