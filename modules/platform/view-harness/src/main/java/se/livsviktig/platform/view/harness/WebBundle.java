package se.livsviktig.platform.view.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;

import java.net.URISyntaxException;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A web bundle as the view tier sees it: its JSPs under META-INF/resources and its content/Language*.properties,
 * read from the very jar (or classes folder) the build produced, found through one of its classes.
 *
 * @author Livsviktig
 */
public final class WebBundle {

	public static WebBundle of(Class<?> classInBundle, String portletId) {
		try {
			Path location = Paths.get(
				classInBundle.getProtectionDomain(
				).getCodeSource(
				).getLocation(
				).toURI());

			return new WebBundle(location, portletId);
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new IllegalArgumentException(uriSyntaxException);
		}
	}

	public String getContextPath() {
		return "/" + _portletId.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * @return the bundle's own language file for the locale, with no fallback to another language: a key missing
	 *         from Language_sv.properties must show up as missing, not as English
	 */
	public Properties getLanguage(Locale locale) {
		return _languages.computeIfAbsent(locale, this::_readLanguage);
	}

	/**
	 * @return the paths of every .jsp and .jspf under META-INF/resources, e.g. "/course_catalog/view.jsp"
	 */
	public List<String> getJspPaths() {
		Path resources = _getRoot().resolve("META-INF/resources");

		try (Stream<Path> stream = Files.walk(resources)) {
			return stream.filter(
				path -> {
					String fileName = path.getFileName().toString();

					return fileName.endsWith(".jsp") ||
						   fileName.endsWith(".jspf");
				}
			).map(
				path -> "/" + resources.relativize(path).toString().replace('\\', '/')
			).sorted(
			).collect(
				Collectors.toList()
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public Path getLocation() {
		return _location;
	}

	public String getPortletId() {
		return _portletId;
	}

	public String getPortletNamespace() {
		return "_" + _portletId + "_";
	}

	public boolean isJar() {
		return Files.isRegularFile(_location);
	}

	public String readJsp(String path) {
		try {
			return Files.readString(
				_getRoot().resolve("META-INF/resources" + path),
				StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	@Override
	public String toString() {
		return _location.toString();
	}

	private WebBundle(Path location, String portletId) {
		_location = location;
		_portletId = portletId;
	}

	private synchronized Path _getRoot() {
		if (!isJar()) {
			return _location;
		}

		if (_fileSystem == null) {
			try {
				_fileSystem = FileSystems.newFileSystem(
					_location, (ClassLoader)null);
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}
		}

		return _fileSystem.getPath("/");
	}

	private Properties _readLanguage(Locale locale) {
		List<String> candidates = new ArrayList<>();

		if (!locale.getCountry().isEmpty()) {
			candidates.add("Language_" + locale);
		}

		candidates.add("Language_" + locale.getLanguage());

		if (locale.getLanguage().equals("en")) {
			candidates.add("Language");
		}

		for (String candidate : candidates) {
			Path path = _getRoot().resolve(
				"content/" + candidate + ".properties");

			if (Files.exists(path)) {
				Properties properties = new Properties();

				try (InputStream inputStream = Files.newInputStream(path)) {
					properties.load(
						new InputStreamReader(
							inputStream, StandardCharsets.UTF_8));
				}
				catch (IOException ioException) {
					throw new UncheckedIOException(ioException);
				}

				return properties;
			}
		}

		throw new IllegalStateException(
			"No content/Language file for " + locale + " in " + _location);
	}

	private FileSystem _fileSystem;
	private final Map<Locale, Properties> _languages =
		new ConcurrentHashMap<>();
	private final Path _location;
	private final String _portletId;

}
