package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A coordinator's message as the HTML e-mail it becomes: the text is the coordinator's, never markup.
 *
 * @author Livsviktig
 */
public class ParticipantMessageSenderTest {

	@Test
	public void aMessageTextIsEscapedIntoTheEmail() {
		String html = ParticipantMessageSender.renderHtml(
			"sv-SE", "<b>Ämne</b>",
			"Hej <script>alert(1)</script>\nrad två\n\nNytt & stycke");

		assertTrue(html.contains("<html lang=\"sv-SE\">"));
		assertTrue(html.contains("<h1 style=\"font-size:22px;margin:0 0 16px\">&lt;b&gt;Ämne&lt;/b&gt;</h1>"), html);
		assertTrue(
			html.contains(
				"<p>Hej &lt;script&gt;alert(1)&lt;/script&gt;<br>rad två</p>"),
			html);
		assertTrue(html.contains("<p>Nytt &amp; stycke</p>"), html);
		assertFalse(html.contains("<script>"));
	}

}
