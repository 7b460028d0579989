package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.journal.util.JournalContent;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

/**
 * A programme's or routine's text as readers see it: the latest APPROVED version of the Web Content article
 * (stored by resourcePrimKey, so a new version shows without touching the programme), rendered by the portal's
 * journal content with its template, in the reader's language. A draft never shows; no article, no text.
 *
 * @author Livsviktig
 */
public class SummaryArticle {

	public SummaryArticle(
		JournalArticleLocalService journalArticleLocalService,
		JournalContent journalContent) {

		_journalArticleLocalService = journalArticleLocalService;
		_journalContent = journalContent;
	}

	/**
	 * @return the article's HTML, or null when there is no approved version to show
	 */
	public String render(long resourcePrimKey, ThemeDisplay themeDisplay) {
		if (resourcePrimKey <= 0) {
			return null;
		}

		JournalArticle journalArticle =
			_journalArticleLocalService.fetchLatestArticle(
				resourcePrimKey, WorkflowConstants.STATUS_APPROVED);

		if (journalArticle == null) {
			return null;
		}

		String html = _journalContent.getContent(
			journalArticle.getGroupId(), journalArticle.getArticleId(), null,
			themeDisplay.getLanguageId(), themeDisplay);

		if (Validator.isBlank(html)) {
			return null;
		}

		return html;
	}

	private final JournalArticleLocalService _journalArticleLocalService;
	private final JournalContent _journalContent;

}
