package se.livsviktig.training.figures;

import java.io.Serializable;

import java.util.Objects;

/**
 * Sessions of one training method whose first date falls in a period: how many were held and how many were
 * cancelled. One row of {@code TrainingFiguresLocalService.getSessionFigures}. A session has no administration of
 * its own (its audience may be several), so session figures are per method for the whole company.
 *
 * @author Livsviktig
 */
public final class SessionFigures implements Serializable {

	public SessionFigures(
		long trainingMethodId, long heldCount, long cancelledCount) {

		_trainingMethodId = trainingMethodId;
		_heldCount = heldCount;
		_cancelledCount = cancelledCount;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SessionFigures)) {
			return false;
		}

		SessionFigures sessionFigures = (SessionFigures)object;

		return (_trainingMethodId == sessionFigures._trainingMethodId) &&
			(_heldCount == sessionFigures._heldCount) &&
			(_cancelledCount == sessionFigures._cancelledCount);
	}

	/**
	 * @return sessions cancelled by a coordinator
	 */
	public long getCancelledCount() {
		return _cancelledCount;
	}

	/**
	 * @return sessions published (or archived since) whose last date has ended
	 */
	public long getHeldCount() {
		return _heldCount;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_trainingMethodId, _heldCount, _cancelledCount);
	}

	@Override
	public String toString() {
		return "{trainingMethodId=" + _trainingMethodId + ", held=" +
			_heldCount + ", cancelled=" + _cancelledCount + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _cancelledCount;
	private final long _heldCount;
	private final long _trainingMethodId;

}
