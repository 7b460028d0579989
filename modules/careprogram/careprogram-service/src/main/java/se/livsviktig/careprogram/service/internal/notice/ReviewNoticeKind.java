package se.livsviktig.careprogram.service.internal.notice;

import se.livsviktig.careprogram.constants.ReviewNoticeConstants;

/**
 * The notices of the review cycle, with the value stored in {@code ReviewNotice.noticeKind}.
 *
 * @author Livsviktig
 */
public enum ReviewNoticeKind {

	DUE_SOON(ReviewNoticeConstants.KIND_DUE_SOON),
	DUE(ReviewNoticeConstants.KIND_DUE),
	OVERDUE_WEEKLY(ReviewNoticeConstants.KIND_OVERDUE_WEEKLY),
	ESCALATED(ReviewNoticeConstants.KIND_ESCALATED),
	OWNERLESS(ReviewNoticeConstants.KIND_OWNERLESS);

	/**
	 * The portlet whose bell entries review notices are: "Mina granskningar", where they are acted on.
	 */
	public static final String PORTLET_ID =
		"se_livsviktig_careprogram_web_internal_portlet_MyReviewsPortlet";

	public int getValue() {
		return _value;
	}

	private ReviewNoticeKind(int value) {
		_value = value;
	}

	private final int _value;

}
