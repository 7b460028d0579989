package se.livsviktig.platform.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The glossary check catches each word the glossary replaces, in any case and inflection, and leaves the
 * ordinary words that look like them alone.
 *
 * @author Livsviktig
 */
public class SwedishGlossaryTest {

	@ParameterizedTest
	@ValueSource(
		strings = {
			"Kursledare per kurstillfälle", "Sjuk kursledare",
			"Kursledarna har tackat ja", "Bjud in en utbildare",
			"Utbildaren är redan inbjuden", "MHFA-utbildarna träffas",
			"Kö", "Fullt, kö öppen", "Ställ dig i kö", "Lämna kön",
			"Din plats i kön", "Nummer 3 i kön", "Köplats 4",
			"Attestera anmälningar", "Väntar på attest", "Ej attesterad",
			"Dagar som en attesteringsbegäran håller platsen",
			"chefsattest saknas"
		}
	)
	public void aWordTheGlossaryReplacesIsFound(String text) {
		assertEquals(
			1, SwedishGlossary.offGlossaryWords(text).size(), text);
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"Instruktörer per kurstillfälle", "Ställ dig på reservlistan",
			"Godkänn anmälningar", "Väntar på godkännande", "Kön: kvinna",
			"Deltagare per kön", "Vi utbildar personal i hela kommunen",
			"Köket i lokalen", "Köp kaffe", "Köra bil", "Kontakta samordnaren",
			"Lägg till i kalendern"
		}
	)
	public void anOrdinaryWordIsLeftAlone(String text) {
		assertEquals(List.of(), SwedishGlossary.offGlossaryWords(text), text);
	}

	@Test
	public void aFindingNamesTheWordAndTheGlossaryWord() {
		assertEquals(
			List.of("\"Utbildare\" (use \"instruktör\")"),
			SwedishGlossary.offGlossaryWords("Utbildare"));
	}

	@Test
	public void aBundleIsReadInItsSwedishLanguageFileJavaLiteralsAndJsps(
			@TempDir Path moduleDir)
		throws Exception {

		_write(
			moduleDir, "src/main/resources/content/Language_sv.properties",
			"waitlist=K\\u00f6\nok=Reservlista\n");
		_write(
			moduleDir, "src/main/resources/content/Language.properties",
			"waitlist=Queue, attest\n");
		_write(
			moduleDir, "src/main/java/se/example/Seed.java",
			"class Seed {\n\t// a kursledare in a comment is not shown\n" +
				"\tString text = \"Lett av utbildare\";\n}\n");
		_write(
			moduleDir, "src/main/resources/META-INF/resources/view.jsp",
			"<p>Ok</p>\n<h2>Attestera</h2>\n");

		List<String> findings = SwedishGlossary.offGlossaryWords(moduleDir);

		assertEquals(3, findings.size(), findings.toString());
		assertTrue(
			findings.get(
				0
			).endsWith(
				"Language_sv.properties: waitlist: \"Kö\" (use \"reservlista\")"
			),
			findings.get(0));
		assertTrue(
			findings.get(
				1
			).endsWith(
				"Seed.java:3: \"utbildare\" (use \"instruktör\")"
			),
			findings.get(1));
		assertTrue(
			findings.get(
				2
			).endsWith(
				"view.jsp:2: \"Attestera\" (use \"godkänna\")"
			),
			findings.get(2));
	}

	@Test
	public void aConfigFileThatRewordsANoticeIsRead(@TempDir Path configsDir)
		throws Exception {

		_write(
			configsDir, "prod/osgi/configs/x.config",
			"noticeTemplateOverrides=[\"approval-request.sv_SE.subject=" +
				"Attestera: [$COURSE$]\"]\n");

		assertEquals(
			1,
			SwedishGlossary.offGlossaryWordsInConfigs(
				configsDir
			).size());
	}

	private static void _write(Path dir, String fileName, String text)
		throws Exception {

		Path path = dir.resolve(fileName);

		Files.createDirectories(path.getParent());
		Files.writeString(path, text, StandardCharsets.UTF_8);
	}

}
