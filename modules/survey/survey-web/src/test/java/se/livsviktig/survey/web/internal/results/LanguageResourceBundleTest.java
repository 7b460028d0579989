package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;

import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * The results' bundle lists the module's keys, so a caller asking containsKey or keySet (as the portal's
 * LanguageUtil.get(ResourceBundle, key) and AggregateResourceBundle do) is told the truth, and reads each value
 * through the Language service.
 *
 * @author Livsviktig
 */
public class LanguageResourceBundleTest {

	@Test
	public void itListsEveryKeyOfTheModulesLanguageFile() throws Exception {
		ResourceBundle resourceBundle = new LanguageResourceBundle(
			_language, _SWEDISH);

		Properties properties = _properties("content/Language_sv.properties");

		assertEquals(
			properties.stringPropertyNames(), resourceBundle.keySet());
		assertTrue(resourceBundle.containsKey("all-groups"));
		assertFalse(resourceBundle.containsKey("no-such-key"));
	}

	@Test
	public void itReadsValuesThroughTheLanguageService() {
		when(
			_language.get(_SWEDISH, "all-groups")
		).thenReturn(
			"Alla grupper"
		);

		ResourceBundle resourceBundle = new LanguageResourceBundle(
			_language, _SWEDISH);

		assertEquals("Alla grupper", resourceBundle.getString("all-groups"));
		assertTrue(
			Collections.list(
				resourceBundle.getKeys()
			).contains(
				"all-groups"
			));
	}

	private Properties _properties(String name) throws Exception {
		Properties properties = new Properties();

		try (InputStream inputStream =
				LanguageResourceBundle.class.getClassLoader(
				).getResourceAsStream(
					name
				);
			Reader reader = new InputStreamReader(
				inputStream, StandardCharsets.UTF_8)) {

			properties.load(reader);
		}

		return properties;
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final Language _language = _languageAnsweringWithTheKey();

	private static Language _languageAnsweringWithTheKey() {
		Language language = mock(Language.class);

		when(
			language.get(any(Locale.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);

		return language;
	}

}
