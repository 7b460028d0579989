package se.livsviktig.instructor.internal.notice;

import java.util.Objects;

/**
 * What the expiry job does with one certification today: nothing, send a notice of a kind, mark it lapsed, or
 * both.
 *
 * @author Livsviktig
 */
public final class ExpiryStep {

	public static final ExpiryStep NONE = new ExpiryStep(null, false);

	public static ExpiryStep lapse(String noticeKind) {
		return new ExpiryStep(noticeKind, true);
	}

	public static ExpiryStep remind(String noticeKind) {
		return new ExpiryStep(noticeKind, false);
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof ExpiryStep)) {
			return false;
		}

		ExpiryStep expiryStep = (ExpiryStep)object;

		if (Objects.equals(_noticeKind, expiryStep._noticeKind) &&
			(_lapse == expiryStep._lapse)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the notice to send, or <code>null</code> for none
	 */
	public String getNoticeKind() {
		return _noticeKind;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_noticeKind, _lapse);
	}

	public boolean isLapse() {
		return _lapse;
	}

	@Override
	public String toString() {
		return "ExpiryStep{noticeKind=" + _noticeKind + ", lapse=" + _lapse +
			"}";
	}

	private ExpiryStep(String noticeKind, boolean lapse) {
		_noticeKind = noticeKind;
		_lapse = lapse;
	}

	private final boolean _lapse;
	private final String _noticeKind;

}
