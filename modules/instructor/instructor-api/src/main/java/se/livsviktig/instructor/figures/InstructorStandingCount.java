package se.livsviktig.instructor.figures;

import java.io.Serializable;

import java.util.Objects;

import se.livsviktig.training.spi.InstructorStanding;

/**
 * How many instructors of one training method, in one administration and sex category, had one licence standing
 * (ok, at risk, lapsed) at a moment: one row of {@code InstructorFiguresLocalService.getInstructorStandingCounts},
 * counted from the same standings as {@code LicenceStandingLocalService} gives, as they were then. Each instructor
 * is counted under the administration and category of their latest certification for the method recorded by then.
 *
 * @author Livsviktig
 */
public final class InstructorStandingCount implements Serializable {

	public InstructorStandingCount(
		long organizationId, long trainingMethodId, String sex,
		InstructorStanding standing, long count) {

		if (standing == null) {
			throw new IllegalArgumentException("A count is of a standing");
		}

		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_sex = sex;
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

		if ((_organizationId == instructorStandingCount._organizationId) &&
			(_trainingMethodId == instructorStandingCount._trainingMethodId) &&
			Objects.equals(_sex, instructorStandingCount._sex) &&
			(_standing == instructorStandingCount._standing) &&
			(_count == instructorStandingCount._count)) {

			return true;
		}

		return false;
	}

	public long getCount() {
		return _count;
	}

	/**
	 * @return the administration, 0 for instructors in none
	 */
	public long getOrganizationId() {
		return _organizationId;
	}

	public String getSex() {
		return _sex;
	}

	public InstructorStanding getStanding() {
		return _standing;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_organizationId, _trainingMethodId, _sex, _standing, _count);
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", trainingMethodId=" +
			_trainingMethodId + ", sex=" + _sex + ", standing=" + _standing +
				", count=" + _count + "}";
	}

	private static final long serialVersionUID = 2L;

	private final long _count;
	private final long _organizationId;
	private final String _sex;
	private final InstructorStanding _standing;
	private final long _trainingMethodId;

}
