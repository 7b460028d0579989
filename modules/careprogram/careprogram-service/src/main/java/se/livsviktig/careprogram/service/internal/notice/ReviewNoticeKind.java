package se.livsviktig.careprogram.service.internal.notice;

/**
 * The notices of the review cycle, with the value stored in {@code ReviewNotice.noticeKind}.
 *
 * @author Livsviktig
 */
public enum ReviewNoticeKind {

	DUE_SOON(0), DUE(1), OVERDUE_WEEKLY(2), ESCALATED(3), OWNERLESS(4);

	public int getValue() {
		return _value;
	}

	private ReviewNoticeKind(int value) {
		_value = value;
	}

	private final int _value;

}
