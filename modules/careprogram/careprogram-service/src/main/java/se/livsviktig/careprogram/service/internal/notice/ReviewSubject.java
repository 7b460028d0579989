package se.livsviktig.careprogram.service.internal.notice;

import java.util.Date;

/**
 * What the notice plan needs to know about one reviewed text (a routine, or a programme's own summary): who owns
 * it, when its review is due, since when it has had no owner, and who hears when it is neglected (a routine's
 * programme owner; nobody, {@code 0}, for a programme).
 *
 * @author Livsviktig
 */
public final class ReviewSubject {

	public ReviewSubject(
		long ownerUserId, boolean ownerActive, Date nextReviewDate,
		Date ownerlessSince, long escalationUserId) {

		_ownerUserId = ownerUserId;
		_ownerActive = ownerActive;
		_nextReviewDate = (nextReviewDate == null) ? null :
			new Date(nextReviewDate.getTime());
		_ownerlessSince = (ownerlessSince == null) ? null :
			new Date(ownerlessSince.getTime());
		_escalationUserId = escalationUserId;
	}

	public long getEscalationUserId() {
		return _escalationUserId;
	}

	public Date getNextReviewDate() {
		return (_nextReviewDate == null) ? null :
			new Date(_nextReviewDate.getTime());
	}

	public Date getOwnerlessSince() {
		return (_ownerlessSince == null) ? null :
			new Date(_ownerlessSince.getTime());
	}

	public long getOwnerUserId() {
		return _ownerUserId;
	}

	public boolean hasOwner() {
		return (_ownerUserId > 0) && _ownerActive;
	}

	private final long _escalationUserId;
	private final Date _nextReviewDate;
	private final boolean _ownerActive;
	private final Date _ownerlessSince;
	private final long _ownerUserId;

}
