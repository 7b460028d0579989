package se.livsviktig.careprogram.service.internal.review;

import com.liferay.journal.model.JournalArticle;
import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.BaseModelListener;
import com.liferay.portal.kernel.model.ModelListener;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sees each article version that becomes approved and lets the programmes and routines whose text it is count it
 * as their review. It runs inside the transaction that approves the version, so the reset is kept exactly when
 * the approval is.
 *
 * @author Livsviktig
 */
@Component(service = ModelListener.class)
public class JournalArticleReviewModelListener
	extends BaseModelListener<JournalArticle> {

	@Override
	public void onAfterCreate(JournalArticle article)
		throws ModelListenerException {

		if (ArticleVersionApproval.isApproval(null, article)) {
			_record(article);
		}
	}

	@Override
	public void onAfterUpdate(
			JournalArticle originalArticle, JournalArticle article)
		throws ModelListenerException {

		if (ArticleVersionApproval.isApproval(originalArticle, article)) {
			_record(article);
		}
	}

	private void _record(JournalArticle article) {
		try {
			_approvedArticleVersions.recordApprovedVersion(article);
		}
		catch (Exception exception) {
			throw new ModelListenerException(exception);
		}
	}

	@Reference
	private ApprovedArticleVersions _approvedArticleVersions;

}
