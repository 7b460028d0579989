package se.livsviktig.training.web.internal.certificate;

import java.util.Date;

/**
 * What the verification page may tell anyone who holds a valid certificate number and code: whose it is, for
 * which training method, completed when. Nothing else about the person or the registration.
 *
 * @author Livsviktig
 */
public class VerifiedCertificate {

	public VerifiedCertificate(
		String participantName, String trainingMethodName,
		Date completionDate) {

		_participantName = participantName;
		_trainingMethodName = trainingMethodName;
		_completionDate = completionDate;
	}

	public Date getCompletionDate() {
		return _completionDate;
	}

	public String getParticipantName() {
		return _participantName;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	private final Date _completionDate;
	private final String _participantName;
	private final String _trainingMethodName;

}
