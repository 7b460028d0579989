package se.livsviktig.instructor.web.internal.display.context;

/**
 * One method's licence standing as Mina instruktörsuppdrag shows it: the method's name, the standing as a
 * language key (words, never colour alone), the sessions against the method's rule and the dates written in the
 * reader's language and time zone. Values are plain text; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class LicenceStandingRow {

	public LicenceStandingRow(
		String trainingMethodName, String standingLabelKey, boolean ruled,
		int sessionsDelivered, int sessionsRequired, int sessionsStillNeeded,
		String deadline, String certifiedUntil, boolean openEnded) {

		_trainingMethodName = trainingMethodName;
		_standingLabelKey = standingLabelKey;
		_ruled = ruled;
		_sessionsDelivered = sessionsDelivered;
		_sessionsRequired = sessionsRequired;
		_sessionsStillNeeded = sessionsStillNeeded;
		_deadline = deadline;
		_certifiedUntil = certifiedUntil;
		_openEnded = openEnded;
	}

	/**
	 * @return the end of the certification's validity, or null when it does not expire or none covers today
	 *         ({@link #isOpenEnded()} tells which)
	 */
	public String getCertifiedUntil() {
		return _certifiedUntil;
	}

	/**
	 * @return the date by which the still needed sessions must be delivered, or null when there is none (no rule,
	 *         or the licence has already lapsed)
	 */
	public String getDeadline() {
		return _deadline;
	}

	public int getSessionsDelivered() {
		return _sessionsDelivered;
	}

	public int getSessionsRequired() {
		return _sessionsRequired;
	}

	public int getSessionsStillNeeded() {
		return _sessionsStillNeeded;
	}

	public String getStandingLabelKey() {
		return _standingLabelKey;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	/**
	 * @return whether a certification covers today and does not expire; false when none covers today, which the
	 *         page says as "no valid certification"
	 */
	public boolean isOpenEnded() {
		return _openEnded;
	}

	/**
	 * @return whether the method requires sessions to keep the licence; without a rule only the certification's
	 *         validity counts
	 */
	public boolean isRuled() {
		return _ruled;
	}

	private final String _certifiedUntil;
	private final String _deadline;
	private final boolean _openEnded;
	private final boolean _ruled;
	private final int _sessionsDelivered;
	private final int _sessionsRequired;
	private final int _sessionsStillNeeded;
	private final String _standingLabelKey;
	private final String _trainingMethodName;

}
