package se.livsviktig.platform.test.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The language keys a bundle defines (content/Language.properties and Language_sv.properties) and the keys its
 * JSPs and Java sources use, so a test can fail on a key that is used but missing, or present in one language
 * only.
 *
 * @author Livsviktig
 */
public class LanguageFiles {

	/**
	 * @param moduleDir the bundle's folder, e.g. {@code Path.of("")} from a bundle's own tests
	 */
	public LanguageFiles(Path moduleDir) {
		_moduleDir = moduleDir;
	}

	/**
	 * Keys defined more than once in either file. Properties keeps the last one silently, so after a merge a
	 * key can change its text without anyone seeing it.
	 */
	public Set<String> duplicateKeys() throws IOException {
		Set<String> duplicateKeys = new TreeSet<>();

		for (String fileName :
				new String[] {"Language.properties", "Language_sv.properties"}) {

			Set<String> keys = new TreeSet<>();

			for (String line :
					Files.readAllLines(
						_moduleDir.resolve(
							"src/main/resources/content/" + fileName),
						StandardCharsets.UTF_8)) {

				String trimmed = line.trim();

				if (trimmed.isEmpty() || trimmed.startsWith("#") ||
					trimmed.startsWith("!") || !trimmed.contains("=")) {

					continue;
				}

				String key = trimmed.substring(
					0, trimmed.indexOf('=')
				).trim();

				if (!keys.add(key)) {
					duplicateKeys.add(fileName + ": " + key);
				}
			}
		}

		return duplicateKeys;
	}

	public Set<String> englishKeys() throws IOException {
		return _keys("Language.properties");
	}

	public Properties english() throws IOException {
		return _load("Language.properties");
	}

	public Properties swedish() throws IOException {
		return _load("Language_sv.properties");
	}

	public Set<String> swedishKeys() throws IOException {
		return _keys("Language_sv.properties");
	}

	/**
	 * Keys used by JSPs ({@code key="..."}, {@code LanguageUtil.get(..., "...")}) and by Java sources (a
	 * kebab-case string literal such as {@code "no-training-methods-yet"} is a language key by this project's
	 * convention; command names have slashes, property names dots).
	 */
	public Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();

		Path resources = _moduleDir.resolve("src/main/resources/META-INF/resources");

		if (Files.isDirectory(resources)) {
			try (Stream<Path> paths = Files.walk(resources)) {
				for (Path path : (Iterable<Path>)paths::iterator) {
					String fileName = path.getFileName().toString();

					if (fileName.endsWith(".jsp") || fileName.endsWith(".jspf")) {
						_collect(_JSP_KEY, Files.readString(path), keys);
						_collect(_JSP_LANGUAGE_UTIL, Files.readString(path), keys);
					}
				}
			}
		}

		Path java = _moduleDir.resolve("src/main/java");

		if (Files.isDirectory(java)) {
			try (Stream<Path> paths = Files.walk(java)) {
				for (Path path : (Iterable<Path>)paths::iterator) {
					if (path.toString().endsWith(".java")) {
						_collect(_JAVA_KEY, Files.readString(path), keys);
					}
				}
			}
		}

		return keys;
	}

	private static void _collect(Pattern pattern, String text, Set<String> keys) {
		Matcher matcher = pattern.matcher(text);

		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
	}

	private Set<String> _keys(String fileName) throws IOException {
		return new TreeSet<>(_load(fileName).stringPropertyNames());
	}

	private Properties _load(String fileName) throws IOException {
		Properties properties = new Properties();

		Path path = _moduleDir.resolve("src/main/resources/content/" + fileName);

		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}

		return properties;
	}

	private static final Pattern _JAVA_KEY = Pattern.compile(
		"\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");

	private static final Pattern _JSP_KEY = Pattern.compile(
		"\\bkey=\"([a-z0-9.-]+)\"");

	private static final Pattern _JSP_LANGUAGE_UTIL = Pattern.compile(
		"LanguageUtil\\.(?:get|format)\\([^,]+,\\s*\"([a-z0-9.-]+)\"");

	private final Path _moduleDir;

}
