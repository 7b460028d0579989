package se.livsviktig.survey.internal.invitation;

/**
 * The claims that let exactly one node mail an invitation or a reminder: each is one conditional update that
 * changes the row only while it is still in the state the sender read, and reports 1 row to the node that won
 * and 0 to every other. The winner creates the link's token in the same transaction and mails after commit; a
 * rerun, a second node or a retry after a crash finds the row moved on and mails nothing.
 *
 * @author Livsviktig
 */
public final class InvitationMailClaims {

	/**
	 * PENDING to SENT. Parameters: the SENT status, sentDate, sentMonth (see {@link SentMonth}),
	 * surveyInvitationId, the PENDING status.
	 */
	public static final String SEND =
		"update LVSurvey_SurveyInvitation set mvccVersion = mvccVersion + 1, " +
			"status = ?, sentDate = ?, sentMonth = ? where surveyInvitationId = ? " +
				"and status = ?";

	/**
	 * One more reminder, while the invitation is still SENT, has the count the sender read and has not expired.
	 * Parameters: lastReminderDate, surveyInvitationId, the SENT status, the reminderCount read, now.
	 */
	public static final String REMIND =
		"update LVSurvey_SurveyInvitation set mvccVersion = mvccVersion + 1, " +
			"reminderCount = reminderCount + 1, lastReminderDate = ? where " +
				"surveyInvitationId = ? and status = ? and reminderCount = ? " +
					"and expirationDate > ?";

	private InvitationMailClaims() {
	}

}
