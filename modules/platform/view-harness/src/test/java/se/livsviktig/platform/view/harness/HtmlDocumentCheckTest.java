package se.livsviktig.platform.view.harness;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The browser check for HTML made outside JSPs (e-mails, certificates) passes a sound document and fails one a
 * screen reader cannot use.
 *
 * @author Livsviktig
 */
public class HtmlDocumentCheckTest {

	@Test
	public void imageWithoutTextAlternativeFailsTheCheck() {
		AssertionError assertionError = Assertions.assertThrows(
			AssertionError.class,
			() -> HtmlDocumentCheck.assertAccessible(
				"harness-email-image-without-alt",
				_document("<p>Välkommen!</p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">")));

		Assertions.assertTrue(
			assertionError.getMessage().contains("axe image-alt"),
			assertionError.getMessage());
	}

	@Test
	public void soundEmailPasses() {
		HtmlDocumentCheck.assertAccessible(
			"harness-email-confirmation",
			_document(
				"<h1>Du är anmäld</h1><p>Du är anmäld till MHFA Vuxen den 3 mars 2027 i Stadshuset.</p>" +
					"<p><a href=\"https://intranat.example/kurser\">Se dina utbildningar</a></p>"));
	}

	private static String _document(String body) {
		return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Anmälan</title></head>" +
			"<body style=\"font-family: sans-serif; color: #222\">" + body + "</body></html>";
	}

}
