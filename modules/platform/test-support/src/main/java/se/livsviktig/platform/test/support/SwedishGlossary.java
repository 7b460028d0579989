package se.livsviktig.platform.test.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Swedish words Livsviktig never shows, each with the glossary's word for the same thing (README, "Glossary"):
 * one word per thing, so staff never wonder whether a "kö" is something else than the "reservlista", and never
 * read "attestera" (in a municipality: approving invoices) where a manager approves a registration. A bundle's
 * tests call {@link #offGlossaryWords(Path)} on the bundle, so every new app inherits the check.
 *
 * <p>
 * "kön" alone is allowed: it also means sex, which the year's figures are broken down by. Only its queue uses
 * ("i kön", "lämna kön"...) are refused. The verb "utbildar" is allowed; the noun "utbildare" is not.
 * </p>
 *
 * @author Livsviktig
 */
public class SwedishGlossary {

	/**
	 * The words of {@code text} that the glossary replaces, each as {@code "word" (use "glossary word")}, in the
	 * order they occur.
	 */
	public static List<String> offGlossaryWords(String text) {
		List<String> words = new ArrayList<>();

		for (Map.Entry<Pattern, String> entry : _OFF_GLOSSARY.entrySet()) {
			Matcher matcher = entry.getKey().matcher(text);

			while (matcher.find()) {
				words.add(
					"\"" + matcher.group() + "\" (use \"" + entry.getValue() +
						"\")");
			}
		}

		return words;
	}

	/**
	 * Every off-glossary word a bundle shows or sends: the values of its Swedish Language files (labels, notice
	 * texts, setting names), the string literals of its Java sources (seeded texts, defaults) and its JSPs.
	 *
	 * @param moduleDir the bundle's folder, e.g. {@code Path.of("")} from a bundle's own tests
	 * @return one line per finding, {@code file: key or line: word}; empty when the wording is right
	 */
	public static List<String> offGlossaryWords(Path moduleDir)
		throws IOException {

		List<String> findings = new ArrayList<>();

		for (Path path :
				_files(
					moduleDir.resolve("src/main/resources/content"),
					"Language_sv")) {

			if (path.toString().endsWith(".properties")) {
				_propertiesFindings(path, findings);
			}
		}

		for (Path path : _files(moduleDir.resolve("src/main/java"), "")) {
			if (path.toString().endsWith(".java")) {
				_lineFindings(path, _JAVA_STRING_LITERAL, findings);
			}
		}

		for (Path path :
				_files(moduleDir.resolve("src/main/resources/META-INF"), "")) {

			String fileName = path.toString();

			if (fileName.endsWith(".jsp") || fileName.endsWith(".jspf")) {
				_lineFindings(path, null, findings);
			}
		}

		return findings;
	}

	/**
	 * Every off-glossary word in the typed {@code .config} files under {@code configsDir}: an environment's
	 * settings may reword a notice (notice-template-overrides), and the same words apply there.
	 */
	public static List<String> offGlossaryWordsInConfigs(Path configsDir)
		throws IOException {

		List<String> findings = new ArrayList<>();

		for (Path path : _files(configsDir, "")) {
			if (path.toString().endsWith(".config")) {
				_lineFindings(path, null, findings);
			}
		}

		return findings;
	}

	private static List<Path> _files(Path dir, String fileNamePrefix)
		throws IOException {

		if (!Files.isDirectory(dir)) {
			return List.of();
		}

		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter(
				Files::isRegularFile
			).filter(
				path -> path.getFileName().toString().startsWith(fileNamePrefix)
			).sorted(
			).collect(
				Collectors.toList()
			);
		}
	}

	/**
	 * @param pattern the parts of a line to read (group 0), or null for the whole line
	 */
	private static void _lineFindings(
			Path path, Pattern pattern, List<String> findings)
		throws IOException {

		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);

		for (int i = 0; i < lines.size(); i++) {
			List<String> parts = new ArrayList<>();

			if (pattern == null) {
				parts.add(lines.get(i));
			}
			else {
				Matcher matcher = pattern.matcher(lines.get(i));

				while (matcher.find()) {
					parts.add(matcher.group());
				}
			}

			for (String part : parts) {
				for (String word : offGlossaryWords(part)) {
					findings.add(path + ":" + (i + 1) + ": " + word);
				}
			}
		}
	}

	private static void _propertiesFindings(Path path, List<String> findings)
		throws IOException {

		Properties properties = new Properties();

		try (Reader reader = Files.newBufferedReader(
				path, StandardCharsets.UTF_8)) {

			properties.load(reader);
		}

		for (String key : new TreeSet<>(properties.stringPropertyNames())) {
			for (String word : offGlossaryWords(properties.getProperty(key))) {
				findings.add(path + ": " + key + ": " + word);
			}
		}
	}

	private static final Pattern _JAVA_STRING_LITERAL = Pattern.compile(
		"\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final Map<Pattern, String> _OFF_GLOSSARY;

	static {
		Map<Pattern, String> offGlossary = new LinkedHashMap<>();

		offGlossary.put(_word("\\w*kursledar\\w*"), "instruktör");
		offGlossary.put(_word("\\w*utbildar(?:e|na)\\w*"), "instruktör");
		offGlossary.put(
			_word(
				"\\bkö(?:a|ar|ade|at|er|erna|ns|plats\\w*|nummer\\w*|" +
					"ordning\\w*)?\\b"),
			"reservlista");
		offGlossary.put(
			_word("\\b(?:i|ur|från|lämna|lämnar|till) kön\\b"),
			"reservlistan");
		offGlossary.put(_word("\\w*attest\\w*"), "godkänna");

		_OFF_GLOSSARY = offGlossary;
	}

	private static Pattern _word(String regex) {
		return Pattern.compile(
			regex,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE |
				Pattern.UNICODE_CHARACTER_CLASS);
	}

}
