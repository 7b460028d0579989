package se.livsviktig.survey.internal.invitation;

/**
 * One way an invitation or reminder reaches the invitee (e-mail, the portal's bell). The job calls every
 * delivery after the mail's claim has committed; a delivery that fails does not stop the others.
 *
 * @author Livsviktig
 */
public interface InvitationDelivery {

	public void deliver(InvitationMailing invitationMailing) throws Exception;

}
