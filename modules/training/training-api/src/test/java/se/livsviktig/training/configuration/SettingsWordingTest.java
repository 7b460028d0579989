package se.livsviktig.training.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The settings' Swedish names and help, and any notice an environment's configuration rewords, use the glossary's
 * one word per thing.
 *
 * @author Livsviktig
 */
public class SettingsWordingTest {

	@Test
	public void settingsUseTheGlossarysWordOnly() throws Exception {
		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	@Test
	public void environmentsRewordNoticesWithTheGlossarysWordOnly()
		throws Exception {

		Path configs = Path.of("../../../configs");

		assertTrue(Files.isDirectory(configs), configs.toAbsolutePath().toString());
		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWordsInConfigs(configs));
	}

}
