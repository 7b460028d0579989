package se.livsviktig.instructor.network;

import java.io.Serializable;

import java.util.Date;
import java.util.Objects;

/**
 * A method a network member is certified for: the training method and until when the certification is valid
 * (null: open-ended). When a member holds several active certifications of one method, the one valid longest.
 *
 * @author Livsviktig
 */
public final class NetworkDirectoryMethod implements Serializable {

	public NetworkDirectoryMethod(long trainingMethodId, Date validUntil) {
		_trainingMethodId = trainingMethodId;
		_validUntil = (validUntil == null) ? null : new Date(
			validUntil.getTime());
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof NetworkDirectoryMethod)) {
			return false;
		}

		NetworkDirectoryMethod networkDirectoryMethod =
			(NetworkDirectoryMethod)object;

		if ((_trainingMethodId == networkDirectoryMethod._trainingMethodId) &&
			Objects.equals(_validUntil, networkDirectoryMethod._validUntil)) {

			return true;
		}

		return false;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	/**
	 * @return the last day of validity, or null when the certification is open-ended
	 */
	public Date getValidUntil() {
		if (_validUntil == null) {
			return null;
		}

		return new Date(_validUntil.getTime());
	}

	@Override
	public int hashCode() {
		return Objects.hash(_trainingMethodId, _validUntil);
	}

	@Override
	public String toString() {
		return "{trainingMethodId=" + _trainingMethodId + ", validUntil=" +
			_validUntil + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _trainingMethodId;
	private final Date _validUntil;

}
