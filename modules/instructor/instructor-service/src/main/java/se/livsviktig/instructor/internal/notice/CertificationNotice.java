package se.livsviktig.instructor.internal.notice;

import java.util.Date;

import se.livsviktig.instructor.model.Certification;

/**
 * One notice to a certification's holder: which certification, which kind, and what it says, as the job saw the
 * certification when it decided to send it.
 *
 * @author Livsviktig
 */
public final class CertificationNotice {

	public CertificationNotice(
		Certification certification, String noticeKind) {

		_companyId = certification.getCompanyId();
		_groupId = certification.getGroupId();
		_certificationId = certification.getCertificationId();
		_holderUserId = certification.getHolderUserId();
		_trainingMethodId = certification.getTrainingMethodId();
		_validUntil = certification.getValidUntil();
		_issuer = certification.getIssuer();
		_number = certification.getNumber();
		_noticeKind = noticeKind;
	}

	public long getCertificationId() {
		return _certificationId;
	}

	public long getCompanyId() {
		return _companyId;
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
	private final long _groupId;
	private final long _holderUserId;
	private final String _issuer;
	private final String _noticeKind;
	private final String _number;
	private final long _trainingMethodId;
	private final Date _validUntil;

}
