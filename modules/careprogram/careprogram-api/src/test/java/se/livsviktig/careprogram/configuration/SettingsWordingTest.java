package se.livsviktig.careprogram.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The settings' labels (Instance Settings) exist in English and Swedish with the same keys, and the Swedish uses
 * the glossary's words.
 *
 * @author Livsviktig
 */
public class SettingsWordingTest {

	@Test
	public void bothLanguagesHaveTheSameKeys() throws Exception {
		assertEquals(
			new TreeSet<>(_properties("Language.properties").stringPropertyNames()),
			new TreeSet<>(
				_properties("Language_sv.properties").stringPropertyNames()));
	}

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	private static Properties _properties(String fileName) throws Exception {
		Properties properties = new Properties();

		try (InputStream inputStream = Files.newInputStream(
				Path.of("src/main/resources/content", fileName))) {

			properties.load(inputStream);
		}

		return properties;
	}

}
