package se.livsviktig.survey.uad.text;

import se.livsviktig.survey.constants.SurveyInvitationConstants;

/**
 * The Language key of an invitation's status, in the words a participant knows.
 *
 * @author Livsviktig
 */
public final class InvitationStatusName {

	public static String languageKey(int status) {
		if (status == SurveyInvitationConstants.STATUS_PENDING) {
			return "survey-invitation-status-pending";
		}

		if (status == SurveyInvitationConstants.STATUS_SENT) {
			return "survey-invitation-status-sent";
		}

		if (status == SurveyInvitationConstants.STATUS_ANSWERED) {
			return "survey-invitation-status-answered";
		}

		if (status == SurveyInvitationConstants.STATUS_OPTED_OUT) {
			return "survey-invitation-status-opted-out";
		}

		return "survey-invitation-status-unknown";
	}

	private InvitationStatusName() {
	}

}
