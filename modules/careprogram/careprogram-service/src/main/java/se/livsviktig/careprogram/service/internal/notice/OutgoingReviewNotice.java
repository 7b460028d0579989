package se.livsviktig.careprogram.service.internal.notice;

import java.util.Date;

/**
 * A review notice about to be claimed and sent: what it is about (a programme, or one of its routines), who gets
 * it, its kind and episode, and the due date it speaks of. Deliveries word it themselves, in the recipient's
 * language.
 *
 * @author Livsviktig
 */
public final class OutgoingReviewNotice {

	public OutgoingReviewNotice(
		long companyId, long groupId, long careProgramId, long localRoutineId,
		Date nextReviewDate, PlannedReviewNotice plannedReviewNotice) {

		_companyId = companyId;
		_groupId = groupId;
		_careProgramId = careProgramId;
		_localRoutineId = localRoutineId;
		_nextReviewDate = (nextReviewDate == null) ? null :
			new Date(nextReviewDate.getTime());
		_plannedReviewNotice = plannedReviewNotice;
	}

	public long getCareProgramId() {
		return _careProgramId;
	}

	public long getCompanyId() {
		return _companyId;
	}

	public String getEpisodeKey() {
		return _plannedReviewNotice.getEpisodeKey();
	}

	public long getGroupId() {
		return _groupId;
	}

	/**
	 * @return the routine, or 0 for a notice about the programme's own text
	 */
	public long getLocalRoutineId() {
		return _localRoutineId;
	}

	public Date getNextReviewDate() {
		return (_nextReviewDate == null) ? null :
			new Date(_nextReviewDate.getTime());
	}

	public long getRecipientUserId() {
		return _plannedReviewNotice.getRecipientUserId();
	}

	public ReviewNoticeKind getReviewNoticeKind() {
		return _plannedReviewNotice.getReviewNoticeKind();
	}

	@Override
	public String toString() {
		return _plannedReviewNotice + " about program " + _careProgramId +
			", routine " + _localRoutineId;
	}

	private final long _careProgramId;
	private final long _companyId;
	private final long _groupId;
	private final long _localRoutineId;
	private final Date _nextReviewDate;
	private final PlannedReviewNotice _plannedReviewNotice;

}
