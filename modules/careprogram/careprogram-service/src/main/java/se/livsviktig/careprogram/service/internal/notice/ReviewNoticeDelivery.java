package se.livsviktig.careprogram.service.internal.notice;

/**
 * One way a claimed review notice reaches its recipient (the bell, e-mail).
 *
 * @author Livsviktig
 */
public interface ReviewNoticeDelivery {

	public void deliver(OutgoingReviewNotice outgoingReviewNotice)
		throws Exception;

}
