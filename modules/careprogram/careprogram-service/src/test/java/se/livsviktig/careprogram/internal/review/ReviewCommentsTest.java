package se.livsviktig.careprogram.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.ContentReviewCommentException;

/**
 * @author Livsviktig
 */
public class ReviewCommentsTest {

	@Test
	public void aCommentIsOptional() throws Exception {
		assertEquals("", ReviewComments.validate(null));
		assertEquals("", ReviewComments.validate("   "));
	}

	@Test
	public void aCommentOfUpTo2000CharactersIsKeptTrimmed() throws Exception {
		assertEquals(
			"Kontrollerad mot ny version",
			ReviewComments.validate(" Kontrollerad mot ny version "));
		assertEquals(
			2000, ReviewComments.validate("a".repeat(2000)).length());
	}

	@Test
	public void aCommentOfMoreThan2000CharactersIsRefused() {
		assertThrows(
			ContentReviewCommentException.class,
			() -> ReviewComments.validate("a".repeat(2001)));
	}

}
