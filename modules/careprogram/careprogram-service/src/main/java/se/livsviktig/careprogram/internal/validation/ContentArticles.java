package se.livsviktig.careprogram.internal.validation;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;

import se.livsviktig.careprogram.exception.CareProgramArticleException;

/**
 * The text of a programme or routine is a Web Content article of the same site (and so the same portal
 * instance), referenced by its resourcePrimKey so that every new version shows.
 *
 * @author Livsviktig
 */
public class ContentArticles {

	public ContentArticles(
		JournalArticleLocalService journalArticleLocalService) {

		_journalArticleLocalService = journalArticleLocalService;
	}

	/**
	 * @param  noneAllowed whether 0 (no article) is allowed: only for a seeded programme whose summary nobody
	 *         has written yet
	 * @return the article's latest version, or null for none
	 */
	public JournalArticle validate(
			long companyId, long groupId, long articleResourcePrimKey,
			boolean noneAllowed)
		throws CareProgramArticleException {

		if ((articleResourcePrimKey == 0) && noneAllowed) {
			return null;
		}

		JournalArticle journalArticle =
			_journalArticleLocalService.fetchLatestArticle(
				articleResourcePrimKey);

		if ((journalArticle == null) ||
			(journalArticle.getCompanyId() != companyId) ||
			(journalArticle.getGroupId() != groupId)) {

			throw new CareProgramArticleException(
				"Not a web content article of site " + groupId + ": " +
					articleResourcePrimKey);
		}

		return journalArticle;
	}

	private final JournalArticleLocalService _journalArticleLocalService;

}
