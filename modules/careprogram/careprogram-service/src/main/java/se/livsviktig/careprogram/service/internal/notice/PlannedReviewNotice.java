package se.livsviktig.careprogram.service.internal.notice;

import java.util.Objects;

/**
 * One notice the plan says is due: its kind, who gets it, and the episode it belongs to. The episode key is what
 * makes it once: a notice is claimed by (text, recipient, kind, episode), so the same notice in the same episode
 * is never claimed twice, and a new review cycle or a new ownerless spell is a new episode.
 *
 * @author Livsviktig
 */
public final class PlannedReviewNotice {

	public PlannedReviewNotice(
		ReviewNoticeKind reviewNoticeKind, long recipientUserId,
		String episodeKey) {

		_reviewNoticeKind = Objects.requireNonNull(reviewNoticeKind);
		_recipientUserId = recipientUserId;
		_episodeKey = Objects.requireNonNull(episodeKey);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof PlannedReviewNotice)) {
			return false;
		}

		PlannedReviewNotice plannedReviewNotice = (PlannedReviewNotice)object;

		return (_reviewNoticeKind == plannedReviewNotice._reviewNoticeKind) &&
			   (_recipientUserId == plannedReviewNotice._recipientUserId) &&
			   _episodeKey.equals(plannedReviewNotice._episodeKey);
	}

	public String getEpisodeKey() {
		return _episodeKey;
	}

	public long getRecipientUserId() {
		return _recipientUserId;
	}

	public ReviewNoticeKind getReviewNoticeKind() {
		return _reviewNoticeKind;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_reviewNoticeKind, _recipientUserId, _episodeKey);
	}

	@Override
	public String toString() {
		return _reviewNoticeKind + " to " + _recipientUserId + " [" +
			_episodeKey + "]";
	}

	private final String _episodeKey;
	private final long _recipientUserId;
	private final ReviewNoticeKind _reviewNoticeKind;

}
