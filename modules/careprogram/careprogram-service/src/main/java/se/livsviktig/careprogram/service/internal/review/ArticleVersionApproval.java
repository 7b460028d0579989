package se.livsviktig.careprogram.service.internal.review;

import com.liferay.journal.model.JournalArticle;

/**
 * Whether a change of a Web Content article is the approval of a version: the version becomes approved now, and
 * was not before. A draft saved, a version sent to workflow, an approved version expired or edited without a
 * change of status is not. Journal approves a version by changing its status (with or without a workflow), and a
 * version imported already approved is created approved, so both a create and an update can be one.
 *
 * @author Livsviktig
 */
public final class ArticleVersionApproval {

	public static boolean isApproval(
		JournalArticle originalArticle, JournalArticle article) {

		if (!article.isApproved()) {
			return false;
		}

		if (originalArticle == null) {
			return true;
		}

		return !originalArticle.isApproved();
	}

	private ArticleVersionApproval() {
	}

}
