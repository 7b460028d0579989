package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.CareProgramArticleException;

/**
 * @author Livsviktig
 */
public class ContentArticlesTest {

	@Test
	public void anArticleOfTheSameSiteAndCompanyIsTheText() throws Exception {
		JournalArticle journalArticle = _article(_COMPANY_ID, _GROUP_ID);

		assertSame(
			journalArticle,
			_contentArticles.validate(
				_COMPANY_ID, _GROUP_ID, _RESOURCE_PRIM_KEY, false));
	}

	@Test
	public void aMissingArticleIsRefused() {
		assertThrows(
			CareProgramArticleException.class,
			() -> _contentArticles.validate(
				_COMPANY_ID, _GROUP_ID, _RESOURCE_PRIM_KEY, false));
	}

	@Test
	public void anotherSitesArticleIsRefused() {
		_article(_COMPANY_ID, _GROUP_ID + 1);

		assertThrows(
			CareProgramArticleException.class,
			() -> _contentArticles.validate(
				_COMPANY_ID, _GROUP_ID, _RESOURCE_PRIM_KEY, false));
	}

	@Test
	public void anotherCompanysArticleIsRefused() {
		_article(_COMPANY_ID + 1, _GROUP_ID);

		assertThrows(
			CareProgramArticleException.class,
			() -> _contentArticles.validate(
				_COMPANY_ID, _GROUP_ID, _RESOURCE_PRIM_KEY, false));
	}

	@Test
	public void noArticleOnlyWhereNoneIsAllowed() throws Exception {
		assertThrows(
			CareProgramArticleException.class,
			() -> _contentArticles.validate(_COMPANY_ID, _GROUP_ID, 0, false));

		assertNull(_contentArticles.validate(_COMPANY_ID, _GROUP_ID, 0, true));
	}

	@Test
	public void anArticleIsCheckedEvenWhereNoneIsAllowed() {
		_article(_COMPANY_ID, _GROUP_ID + 1);

		assertThrows(
			CareProgramArticleException.class,
			() -> _contentArticles.validate(
				_COMPANY_ID, _GROUP_ID, _RESOURCE_PRIM_KEY, true));
	}

	@Test
	public void noneAllowedDoesNotLookAnythingUp() throws Exception {
		_contentArticles.validate(_COMPANY_ID, _GROUP_ID, 0, true);

		verifyNoInteractions(_journalArticleLocalService);
	}

	private JournalArticle _article(long companyId, long groupId) {
		JournalArticle journalArticle = mock(JournalArticle.class);

		when(journalArticle.getCompanyId()).thenReturn(companyId);
		when(journalArticle.getGroupId()).thenReturn(groupId);

		when(
			_journalArticleLocalService.fetchLatestArticle(_RESOURCE_PRIM_KEY)
		).thenReturn(
			journalArticle
		);

		return journalArticle;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _RESOURCE_PRIM_KEY = 50001;

	private final JournalArticleLocalService _journalArticleLocalService =
		mock(JournalArticleLocalService.class);
	private final ContentArticles _contentArticles = new ContentArticles(
		_journalArticleLocalService);

}
