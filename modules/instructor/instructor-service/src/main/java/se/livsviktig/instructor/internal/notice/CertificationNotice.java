package se.livsviktig.instructor.internal.notice;

import java.util.Date;

import se.livsviktig.instructor.model.Certification;

/**
 * One notice to a certification's holder: which certification, which kind, and what it says, as the job saw the
 * certification (and, for a notice about the licence's standing, the standing) when it decided to send it.
 *
 * @author Livsviktig
 */
public final class CertificationNotice {

	public CertificationNotice(
		Certification certification, String noticeKind) {

		this(certification, noticeKind, null, 0);
	}

	/**
	 * @param deadline the day by which the holder must lead more sessions to keep the licence, or
	 *        <code>null</code>
	 * @param sessionsStillNeeded how many sessions the holder must lead to keep, or meet again, the licence rule
	 */
	public CertificationNotice(
		Certification certification, String noticeKind, Date deadline,
		int sessionsStillNeeded) {

		_companyId = certification.getCompanyId();
		_groupId = certification.getGroupId();
		_certificationId = certification.getCertificationId();
		_holderUserId = certification.getHolderUserId();
		_trainingMethodId = certification.getTrainingMethodId();
		_validUntil = certification.getValidUntil();
		_issuer = certification.getIssuer();
		_number = certification.getNumber();
		_noticeKind = noticeKind;

		if (deadline == null) {
			_deadline = null;
		}
		else {
			_deadline = new Date(deadline.getTime());
		}

		_sessionsStillNeeded = sessionsStillNeeded;
	}

	public long getCertificationId() {
		return _certificationId;
	}

	public long getCompanyId() {
		return _companyId;
	}

	/**
	 * @return the day by which the holder must lead more sessions, or <code>null</code> when the notice names
	 *         none
	 */
	public Date getDeadline() {
		if (_deadline == null) {
			return null;
		}

		return new Date(_deadline.getTime());
	}

	public long getGroupId() {
		return _groupId;
	}

	public long getHolderUserId() {
		return _holderUserId;
	}

	public String getIssuer() {
		return _issuer;
	}

	public String getNoticeKind() {
		return _noticeKind;
	}

	public String getNumber() {
		return _number;
	}

	public int getSessionsStillNeeded() {
		return _sessionsStillNeeded;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public Date getValidUntil() {
		return _validUntil;
	}

	@Override
	public String toString() {
		return "CertificationNotice{certificationId=" + _certificationId +
			", noticeKind=" + _noticeKind + ", holderUserId=" + _holderUserId +
				"}";
	}

	private final long _certificationId;
	private final long _companyId;
	private final Date _deadline;
	private final long _groupId;
	private final long _holderUserId;
	private final String _issuer;
	private final String _noticeKind;
	private final String _number;
	private final int _sessionsStillNeeded;
	private final long _trainingMethodId;
	private final Date _validUntil;

}
