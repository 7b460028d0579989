package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.SwedishGlossary;

/**
 * The notices' Swedish (e-mail, bell and calendar texts) and the texts the service seeds (training methods) use the
 * glossary's one word per thing, as the views do.
 *
 * @author Livsviktig
 */
public class NoticeWordingTest {

	@Test
	public void noticesAndSeededTextsUseTheGlossarysWordOnly()
		throws Exception {

		assertEquals(
			List.of(), SwedishGlossary.offGlossaryWords(Path.of("")));
	}

}
