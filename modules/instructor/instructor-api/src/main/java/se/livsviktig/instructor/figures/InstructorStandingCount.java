package se.livsviktig.instructor.figures;

import java.io.Serializable;

import java.util.Objects;

import se.livsviktig.training.spi.InstructorStanding;

/**
 * How many instructors of one training method had one licence standing (ok, at risk, lapsed) at a moment: one
 * row of {@code InstructorFiguresLocalService.getInstructorStandingCounts}, counted from the same standings as
 * {@code LicenceStandingLocalService} gives, as they were then.
 *
 * @author Livsviktig
 */
public final class InstructorStandingCount implements Serializable {

	public InstructorStandingCount(
		long trainingMethodId, InstructorStanding standing, long count) {

		if (standing == null) {
			throw new IllegalArgumentException("A count is of a standing");
		}

		_trainingMethodId = trainingMethodId;
		_standing = standing;
		_count = count;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InstructorStandingCount)) {
			return false;
		}

		InstructorStandingCount instructorStandingCount =
			(InstructorStandingCount)object;

		if ((_trainingMethodId == instructorStandingCount._trainingMethodId) &&
			(_standing == instructorStandingCount._standing) &&
			(_count == instructorStandingCount._count)) {

			return true;
		}

		return false;
	}

	public long getCount() {
		return _count;
	}

	public InstructorStanding getStanding() {
		return _standing;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_trainingMethodId, _standing, _count);
	}

	@Override
	public String toString() {
		return "{trainingMethodId=" + _trainingMethodId + ", standing=" +
			_standing + ", count=" + _count + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _count;
	private final InstructorStanding _standing;
	private final long _trainingMethodId;

}
