package se.livsviktig.training.internal.notification;

/**
 * One way a notice reaches a person: the portal's bell, e-mail...
 *
 * @author Livsviktig
 */
public interface NoticeDelivery {

	public void deliver(Notice notice) throws Exception;

}
