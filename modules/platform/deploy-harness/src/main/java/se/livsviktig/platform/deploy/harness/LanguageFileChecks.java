package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every {@code Language.properties} of the app's jars has its Swedish twin with the same keys, none empty.
 *
 * @author Livsviktig
 */
public interface LanguageFileChecks {

	AppJars appJars();

	@Test
	default void everyLanguageFileHasItsSwedishTwinWithTheSameKeys() throws Exception {
		List<String> problems = new ArrayList<>();

		int pairs = 0;

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
			for (String entryName : builtBundle.entryNames()) {
				if (!entryName.endsWith("/Language.properties")) {
					continue;
				}

				pairs++;

				String swedishEntryName = entryName.replace(
					"Language.properties", "Language_sv.properties");

				Optional<byte[]> swedish = builtBundle.entry(swedishEntryName);

				if (swedish.isEmpty()) {
					problems.add(builtBundle + ": no " + swedishEntryName);

					continue;
				}

				Properties english = _load(builtBundle.entry(entryName).get());
				Properties swedishProperties = _load(swedish.get());

				for (String key : _symmetricDifference(
						english.stringPropertyNames(),
						swedishProperties.stringPropertyNames())) {

					problems.add(
						builtBundle + " " + entryName + ": " + key +
							" in one language only");
				}

				for (Properties properties : List.of(english, swedishProperties)) {
					for (String key : properties.stringPropertyNames()) {
						if (properties.getProperty(key).isBlank()) {
							problems.add(builtBundle + " " + key + " is empty");
						}
					}
				}
			}
		}

		assertTrue(pairs > 0, "No Language.properties in any bundle of " + appJars().app());
		assertEquals(List.of(), problems);
	}

	private static Properties _load(byte[] bytes) throws IOException {
		Properties properties = new Properties();

		properties.load(
			new InputStreamReader(
				new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));

		return properties;
	}

	private static Set<String> _symmetricDifference(Set<String> a, Set<String> b) {
		Set<String> difference = new TreeSet<>(a);

		difference.addAll(b);

		Set<String> both = new TreeSet<>(a);

		both.retainAll(b);

		difference.removeAll(both);

		return difference;
	}

}
