package se.livsviktig.careprogram.service.internal.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ArticleVersionApprovalTest {

	@Test
	public void anApprovedVersionEditedWithoutAStatusChangeIsNoApproval() {
		assertFalse(
			ArticleVersionApproval.isApproval(
				_article(true), _article(true)));
	}

	@Test
	public void aVersionCreatedApprovedIsAnApproval() {
		assertTrue(ArticleVersionApproval.isApproval(null, _article(true)));
	}

	@Test
	public void aVersionThatBecomesApprovedIsAnApproval() {
		assertTrue(
			ArticleVersionApproval.isApproval(
				_article(false), _article(true)));
	}

	@Test
	public void draftsAndExpiredVersionsAreNoApproval() {
		assertFalse(ArticleVersionApproval.isApproval(null, _article(false)));
		assertFalse(
			ArticleVersionApproval.isApproval(
				_article(true), _article(false)));
		assertFalse(
			ArticleVersionApproval.isApproval(
				_article(false), _article(false)));
	}

	private static JournalArticle _article(boolean approved) {
		JournalArticle article = mock(JournalArticle.class);

		when(
			article.isApproved()
		).thenReturn(
			approved
		);

		return article;
	}

}
