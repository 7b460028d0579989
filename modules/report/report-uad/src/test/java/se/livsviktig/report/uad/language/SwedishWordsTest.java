package se.livsviktig.report.uad.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.LanguageFiles;
import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The personal data screens' Swedish uses the glossary's one word per thing, and no key is written twice.
 *
 * @author Livsviktig
 */
public class SwedishWordsTest {

	@Test
	public void swedishUsesTheGlossarysWordOnly() throws Exception {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

	@Test
	public void noKeyIsWrittenTwice() throws Exception {
		assertEquals(List.of(), List.copyOf(new LanguageFiles(Path.of("")).duplicateKeys()));
	}

}
