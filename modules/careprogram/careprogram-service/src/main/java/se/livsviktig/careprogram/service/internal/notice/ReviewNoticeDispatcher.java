package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.careprogram.service.ReviewNoticeLocalService;

/**
 * Sends each review notice at most once: it first claims the notice in the database (the unique index on text,
 * recipient, kind and episode, which one transaction on one node wins), then hands it to every delivery. A notice
 * found claimed is skipped before the claim, so the daily job, which sees the same overdue routine every day, does
 * not spend an id on it each time.
 *
 * @author Livsviktig
 */
@Component(service = ReviewNoticeDispatcher.class)
public class ReviewNoticeDispatcher {

	/**
	 * @return <code>true</code> if this call sent the notice; <code>false</code> if it had been sent before
	 */
	public boolean dispatch(OutgoingReviewNotice outgoingReviewNotice) {
		if (!_claim(outgoingReviewNotice)) {
			return false;
		}

		for (ReviewNoticeDelivery reviewNoticeDelivery :
				_reviewNoticeDeliveries) {

			try {
				reviewNoticeDelivery.deliver(outgoingReviewNotice);
			}
			catch (Exception exception) {
				_log.error(
					"Unable to deliver " + outgoingReviewNotice + " by " +
						reviewNoticeDelivery.getClass(
						).getSimpleName(),
					exception);
			}
		}

		return true;
	}

	/**
	 * Claims and sends the notice once the current transaction commits, so a rolled back change sends nothing; with
	 * no transaction it is sent at once.
	 */
	public void dispatchAfterCommit(OutgoingReviewNotice outgoingReviewNotice) {
		TransactionCommitCallbackUtil.registerCallback(
			() -> dispatch(outgoingReviewNotice));
	}

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	protected void addReviewNoticeDelivery(
		ReviewNoticeDelivery reviewNoticeDelivery) {

		_reviewNoticeDeliveries.add(reviewNoticeDelivery);
	}

	protected void removeReviewNoticeDelivery(
		ReviewNoticeDelivery reviewNoticeDelivery) {

		_reviewNoticeDeliveries.remove(reviewNoticeDelivery);
	}

	private boolean _claim(OutgoingReviewNotice outgoingReviewNotice) {
		int noticeKind = outgoingReviewNotice.getReviewNoticeKind(
		).getValue();

		if (_reviewNoticeLocalService.hasReviewNotice(
				outgoingReviewNotice.getLocalRoutineId(),
				outgoingReviewNotice.getCareProgramId(),
				outgoingReviewNotice.getRecipientUserId(), noticeKind,
				outgoingReviewNotice.getEpisodeKey())) {

			return false;
		}

		try {
			return _reviewNoticeLocalService.claimReviewNotice(
				outgoingReviewNotice.getCompanyId(),
				outgoingReviewNotice.getCareProgramId(),
				outgoingReviewNotice.getLocalRoutineId(),
				outgoingReviewNotice.getRecipientUserId(), noticeKind,
				outgoingReviewNotice.getEpisodeKey());
		}
		catch (Exception exception) {

			// A notice claimed before returns false above; an exception is a lost insert race or a database
			// fault, and the notice is not sent either way: an operator must be able to see which

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Unable to claim " + outgoingReviewNotice +
						"; it is not sent",
					exception);
			}

			return false;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		ReviewNoticeDispatcher.class);

	private final List<ReviewNoticeDelivery> _reviewNoticeDeliveries =
		new CopyOnWriteArrayList<>();

	@Reference
	private ReviewNoticeLocalService _reviewNoticeLocalService;

}
