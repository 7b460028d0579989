package se.livsviktig.instructor.internal.meeting.notice;

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

import se.livsviktig.instructor.service.MeetingNoticeLocalService;

/**
 * Sends each meeting notice at most once per meeting version and person: it claims the notice in the database
 * first (the unique meeting, recipient and sequence index, which one transaction on one node wins), then hands it
 * to every delivery. Notices raised inside a service call go out after that call commits, so a refused, rolled
 * back or retried call sends nothing, and a retried one sends once.
 *
 * @author Livsviktig
 */
@Component(service = MeetingNoticeDispatcher.class)
public class MeetingNoticeDispatcher {

	/**
	 * @return <code>true</code> if this call sent the notice; <code>false</code> if it had been sent before
	 */
	public boolean dispatch(OutgoingMeetingNotice outgoingMeetingNotice) {
		if (!_claim(outgoingMeetingNotice)) {
			return false;
		}

		for (MeetingNoticeDelivery meetingNoticeDelivery :
				_meetingNoticeDeliveries) {

			try {
				meetingNoticeDelivery.deliver(outgoingMeetingNotice);
			}
			catch (Exception exception) {
				_log.error(
					"Unable to deliver " + outgoingMeetingNotice + " by " +
						meetingNoticeDelivery.getClass(
						).getSimpleName(),
					exception);
			}
		}

		return true;
	}

	public void dispatchAfterCommit(
		OutgoingMeetingNotice outgoingMeetingNotice) {

		TransactionCommitCallbackUtil.registerCallback(
			() -> {
				dispatch(outgoingMeetingNotice);

				return null;
			});
	}

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	protected void addMeetingNoticeDelivery(
		MeetingNoticeDelivery meetingNoticeDelivery) {

		_meetingNoticeDeliveries.add(meetingNoticeDelivery);
	}

	protected void removeMeetingNoticeDelivery(
		MeetingNoticeDelivery meetingNoticeDelivery) {

		_meetingNoticeDeliveries.remove(meetingNoticeDelivery);
	}

	private boolean _claim(OutgoingMeetingNotice outgoingMeetingNotice) {
		try {
			return _meetingNoticeLocalService.claimMeetingNotice(
				outgoingMeetingNotice.getCompanyId(),
				outgoingMeetingNotice.getGroupId(),
				outgoingMeetingNotice.getRecipientUserId(),
				outgoingMeetingNotice.getNetworkMeetingId(),
				outgoingMeetingNotice.getSequence(),
				outgoingMeetingNotice.getNoticeKind());
		}
		catch (Exception exception) {

			// A lost insert race (where the database has no guarded insert) or a database fault: the notice is
			// not sent either way, and an operator must be able to see which

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Unable to claim " + outgoingMeetingNotice +
						"; it is not sent",
					exception);
			}

			return false;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		MeetingNoticeDispatcher.class);

	private final List<MeetingNoticeDelivery> _meetingNoticeDeliveries =
		new CopyOnWriteArrayList<>();

	@Reference
	private MeetingNoticeLocalService _meetingNoticeLocalService;

}
