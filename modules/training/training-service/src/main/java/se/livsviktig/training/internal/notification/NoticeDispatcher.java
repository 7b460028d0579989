package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;

import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.training.service.TrainingNoticeLocalService;

/**
 * Sends each notice at most once. It first claims the notice's key in the database (a unique index that only
 * one transaction, on one cluster node, can win), then hands it to every delivery. Notices raised inside a
 * service call are sent after that call commits, so a rolled-back or retried call sends nothing.
 *
 * @author Livsviktig
 */
@Component(service = NoticeDispatcher.class)
public class NoticeDispatcher {

	/**
	 * @return <code>true</code> if this call sent the notice; <code>false</code> if it had been sent before
	 */
	public boolean dispatch(Notice notice) {
		if (!_claim(notice)) {
			return false;
		}

		_deliver(notice);

		return true;
	}

	public void dispatchAfterCommit(Notice notice) {
		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				dispatch(notice);

				return null;
			});
	}

	/**
	 * Claims the notice now, in the caller's transaction, under an id the caller reserved before, and delivers it
	 * after the commit. For a notice about a row the same transaction inserts (a new registration's confirmation):
	 * the claim is then one more insert beside it, committed or rolled back with it, instead of a transaction and a
	 * connection of its own after the commit. Its key names that new row, so no one can have claimed it before
	 * ({@link TrainingNoticeClaim#claimNew}).
	 *
	 * @param trainingNoticeId the claim's id, reserved before the caller took any row lock, since the counter may
	 *        need a transaction of its own for a new range
	 */
	public void claimNowDeliverAfterCommit(
		Notice notice, long trainingNoticeId) {

		_trainingNoticeClaim.claimNew(trainingNoticeId, notice, new Date());

		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				_deliver(notice);

				return null;
			});
	}

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	protected void addNoticeDelivery(NoticeDelivery noticeDelivery) {
		_noticeDeliveries.add(noticeDelivery);
	}

	protected void removeNoticeDelivery(NoticeDelivery noticeDelivery) {
		_noticeDeliveries.remove(noticeDelivery);
	}

	private void _deliver(Notice notice) {
		for (NoticeDelivery noticeDelivery : _noticeDeliveries) {
			try {
				noticeDelivery.deliver(notice);
			}
			catch (Exception exception) {
				_log.error(
					"Unable to deliver notice " + notice + " by " +
						noticeDelivery.getClass(
						).getSimpleName(),
					exception);
			}
		}
	}

	private boolean _claim(Notice notice) {
		try {
			return _trainingNoticeLocalService.claimTrainingNotice(
				notice.getCompanyId(), notice.getGroupId(),
				notice.getRecipientUserId(), notice.getKey(), notice.getType(),
				notice.getRegistrationId(), notice.getCourseSessionId());
		}
		catch (Exception exception) {

			// A key claimed before returns false above; an exception is a lost insert race or a database
			// fault, and the notice is dropped either way: an operator must be able to see which

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Unable to claim notice " + notice + "; it is not sent",
					exception);
			}

			return false;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		NoticeDispatcher.class);

	private final List<NoticeDelivery> _noticeDeliveries =
		new CopyOnWriteArrayList<>();

	@Reference
	private TrainingNoticeClaim _trainingNoticeClaim;

	@Reference
	private TrainingNoticeLocalService _trainingNoticeLocalService;

}
