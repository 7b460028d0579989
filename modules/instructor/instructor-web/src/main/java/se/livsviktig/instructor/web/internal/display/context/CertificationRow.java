package se.livsviktig.instructor.web.internal.display.context;

import se.livsviktig.instructor.constants.CertificationConstants;

/**
 * One certification as the pages show it: names looked up, dates written in the reader's language and time
 * zone, the state as a language key. Values are plain text; the JSPs escape them.
 *
 * @author Livsviktig
 */
public class CertificationRow {

	public CertificationRow(
		long certificationId, long holderUserId, String holderName,
		String trainingMethodName, String certifiedDate, String validUntil,
		String issuer, String number, int state, String stateLabelKey,
		String stateReason, boolean renewal) {

		_certificationId = certificationId;
		_holderUserId = holderUserId;
		_holderName = holderName;
		_trainingMethodName = trainingMethodName;
		_certifiedDate = certifiedDate;
		_validUntil = validUntil;
		_issuer = issuer;
		_number = number;
		_state = state;
		_stateLabelKey = stateLabelKey;
		_stateReason = stateReason;
		_renewal = renewal;
	}

	public long getCertificationId() {
		return _certificationId;
	}

	public String getCertifiedDate() {
		return _certifiedDate;
	}

	/**
	 * @return the holder's full name, or null when the user no longer exists
	 */
	public String getHolderName() {
		return _holderName;
	}

	public long getHolderUserId() {
		return _holderUserId;
	}

	public String getIssuer() {
		return _issuer;
	}

	public String getNumber() {
		return _number;
	}

	public int getState() {
		return _state;
	}

	public String getStateLabelKey() {
		return _stateLabelKey;
	}

	/**
	 * @return why it was revoked, or an empty string
	 */
	public String getStateReason() {
		return _stateReason;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	/**
	 * @return the last valid day, or null when open-ended
	 */
	public String getValidUntil() {
		return _validUntil;
	}

	/**
	 * @return whether the certification may still be renewed or revoked (only an active one)
	 */
	public boolean isActive() {
		return _state == CertificationConstants.STATE_ACTIVE;
	}

	/**
	 * @return whether this row renews an earlier certification
	 */
	public boolean isRenewal() {
		return _renewal;
	}

	private final long _certificationId;
	private final String _certifiedDate;
	private final String _holderName;
	private final long _holderUserId;
	private final String _issuer;
	private final String _number;
	private final boolean _renewal;
	private final int _state;
	private final String _stateLabelKey;
	private final String _stateReason;
	private final String _trainingMethodName;
	private final String _validUntil;

}
