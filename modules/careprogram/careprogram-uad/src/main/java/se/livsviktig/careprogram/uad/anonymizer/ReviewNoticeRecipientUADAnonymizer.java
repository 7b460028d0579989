package se.livsviktig.careprogram.uad.anonymizer;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.DynamicQueryUADAnonymizer;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.service.ReviewNoticeLocalService;

/**
 * Deletes the record of the review notices sent to a person: a row only says that a reminder of a kind went to
 * them, so that it goes once; with the person gone nothing is sent to them again, and kept under the anonymous user
 * it would still tie that user to the routine.
 *
 * <p>
 * Written by hand, as instructor's notice anonymizer: Service Builder generates UAD classes only for an entity with
 * a column to anonymise or keep, and a notice row has only the recipient's id.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class ReviewNoticeRecipientUADAnonymizer
	extends DynamicQueryUADAnonymizer<ReviewNotice> {

	@Override
	public void autoAnonymize(
			ReviewNotice reviewNotice, long userId, User anonymousUser)
		throws PortalException {

		if (reviewNotice.getRecipientUserId() == userId) {
			delete(reviewNotice);
		}
	}

	@Override
	public void delete(ReviewNotice reviewNotice) {
		_reviewNoticeLocalService.deleteReviewNotice(reviewNotice);
	}

	@Override
	public Class<ReviewNotice> getTypeClass() {
		return ReviewNotice.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _reviewNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return _USER_ID_FIELD_NAMES;
	}

	private static final String[] _USER_ID_FIELD_NAMES = {"recipientUserId"};

	@Reference
	private ReviewNoticeLocalService _reviewNoticeLocalService;

}
