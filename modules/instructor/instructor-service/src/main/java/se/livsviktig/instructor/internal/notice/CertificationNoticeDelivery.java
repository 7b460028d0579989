package se.livsviktig.instructor.internal.notice;

/**
 * One way a certification notice reaches its holder: the portal's bell, e-mail.
 *
 * @author Livsviktig
 */
public interface CertificationNoticeDelivery {

	public void deliver(CertificationNotice certificationNotice)
		throws Exception;

}
