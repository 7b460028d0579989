package se.livsviktig.careprogram.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The service bundle's Swedish (the Permissions screen's names, error messages, the settings category) uses the
 * glossary's one word per thing.
 *
 * @author Livsviktig
 */
public class SwedishWordsTest {

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

}
