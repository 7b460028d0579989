package se.livsviktig.platform.deploy.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * One bundle of an app as the build left it: the jar in its own module's {@code target/} folder (the module with a
 * {@code bnd.bnd}), never a copy elsewhere. Read as the portal reads it: entries, manifest headers and a class
 * loader over the jar whose parent is the portal's (the API jar on this JVM's class path).
 *
 * @author Livsviktig
 */
public final class BuiltBundle {

	/**
	 * The built jars of every bundle module of {@code modules/<app>/}, in folder order.
	 *
	 * @throws IllegalStateException when a bundle module has no jar in its {@code target/} or more than one
	 */
	public static List<BuiltBundle> ofApp(Path root, String app) {
		Path appDir = root.resolve("modules").resolve(app);

		if (!Files.isDirectory(appDir)) {
			throw new IllegalStateException("No app folder " + appDir);
		}

		List<BuiltBundle> builtBundles = new ArrayList<>();

		try (Stream<Path> modules = Files.list(appDir)) {
			for (Path module :
					modules.filter(
						module -> Files.isRegularFile(module.resolve("bnd.bnd"))
					).sorted(
					).collect(
						Collectors.toList()
					)) {

				builtBundles.add(new BuiltBundle(module, _ownJar(module)));
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		if (builtBundles.isEmpty()) {
			throw new IllegalStateException("No bundle module in " + appDir);
		}

		return builtBundles;
	}

	public ClassLoader classLoader() {
		if (_classLoader == null) {
			try {
				_classLoader = new BundleClassLoader(
					_jar.toUri().toURL(), BuiltBundle.class.getClassLoader());
			}
			catch (MalformedURLException malformedURLException) {
				throw new IllegalStateException(malformedURLException);
			}
		}

		return _classLoader;
	}

	/**
	 * The jar's entry names, e.g. {@code OSGI-INF/metatype/x.xml}.
	 */
	public List<String> entryNames() {
		try (JarFile jarFile = new JarFile(_jar.toFile())) {
			return Collections.list(
				jarFile.entries()
			).stream(
			).map(
				ZipEntry::getName
			).collect(
				Collectors.toList()
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public Optional<byte[]> entry(String name) {
		try (JarFile jarFile = new JarFile(_jar.toFile())) {
			ZipEntry zipEntry = jarFile.getEntry(name);

			if (zipEntry == null) {
				return Optional.empty();
			}

			try (InputStream inputStream = jarFile.getInputStream(zipEntry)) {
				return Optional.of(inputStream.readAllBytes());
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public Optional<String> entryText(String name) {
		return entry(
			name
		).map(
			bytes -> new String(bytes, StandardCharsets.UTF_8)
		);
	}

	public String header(String name) {
		Attributes attributes = _manifest().getMainAttributes();

		return attributes.getValue(name);
	}

	public boolean isLiferayService() {
		return Boolean.parseBoolean(header("Liferay-Service"));
	}

	public Path jar() {
		return _jar;
	}

	public Path module() {
		return _module;
	}

	/**
	 * The {@code Provide-Capability} clauses of one namespace, each as its attributes.
	 */
	public List<Map<String, String>> providedCapabilities(String namespace) {
		return ManifestClauses.parse(
			header("Provide-Capability")
		).stream(
		).filter(
			clause -> namespace.equals(clause.name())
		).map(
			ManifestClauses.Clause::attributes
		).collect(
			Collectors.toList()
		);
	}

	public String symbolicName() {
		String symbolicName = header("Bundle-SymbolicName");

		if (symbolicName == null) {
			throw new IllegalStateException(
				"No Bundle-SymbolicName in " + _jar);
		}

		int semicolon = symbolicName.indexOf(';');

		if (semicolon >= 0) {
			symbolicName = symbolicName.substring(0, semicolon);
		}

		return symbolicName.trim();
	}

	@Override
	public String toString() {
		return symbolicName();
	}

	private static Path _ownJar(Path module) throws IOException {
		Path target = module.resolve("target");

		List<Path> jars = new ArrayList<>();

		if (Files.isDirectory(target)) {
			try (Stream<Path> paths = Files.list(target)) {
				paths.filter(
					BuiltBundle::_isBundleJar
				).sorted(
				).forEach(
					jars::add
				);
			}
		}

		if (jars.size() != 1) {
			throw new IllegalStateException(
				"Expected one built bundle jar in " + target + ", found " +
					jars);
		}

		return jars.get(0);
	}

	private static boolean _isBundleJar(Path path) {
		String fileName = String.valueOf(path.getFileName());

		return fileName.startsWith("se.livsviktig.") &&
			   fileName.endsWith(".jar") &&
			   !fileName.endsWith("-sources.jar") &&
			   !fileName.endsWith("-javadoc.jar") &&
			   !fileName.endsWith("-tests.jar");
	}

	private BuiltBundle(Path module, Path jar) {
		_module = module;
		_jar = jar;
	}

	private Manifest _manifest() {
		if (_manifest == null) {
			try (JarFile jarFile = new JarFile(_jar.toFile())) {
				_manifest = jarFile.getManifest();
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}

			if (_manifest == null) {
				throw new IllegalStateException("No manifest in " + _jar);
			}
		}

		return _manifest;
	}

	private ClassLoader _classLoader;
	private final Path _jar;
	private Manifest _manifest;
	private final Path _module;

}
