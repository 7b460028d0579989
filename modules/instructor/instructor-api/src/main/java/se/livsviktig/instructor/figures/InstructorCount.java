package se.livsviktig.instructor.figures;

import java.io.Serializable;

import java.util.Objects;

/**
 * How many instructors of one training method a figure counts in one administration and sex category: one row of
 * {@code InstructorFiguresLocalService.getCertifiedInstructorCounts} or {@code getActiveInstructorCounts}. The
 * administration and the category are those each certification recorded of its holder when it was recorded
 * (training's categories: female, male, unknown); rolled up, the administration is the child of the asked
 * organisation whose subtree holds the recorded one.
 *
 * @author Livsviktig
 */
public final class InstructorCount implements Serializable {

	public InstructorCount(
		long organizationId, long trainingMethodId, String sex, long count) {

		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_sex = sex;
		_count = count;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InstructorCount)) {
			return false;
		}

		InstructorCount instructorCount = (InstructorCount)object;

		if ((_organizationId == instructorCount._organizationId) &&
			(_trainingMethodId == instructorCount._trainingMethodId) &&
			Objects.equals(_sex, instructorCount._sex) &&
			(_count == instructorCount._count)) {

			return true;
		}

		return false;
	}

	/**
	 * @return distinct people, each once however many certifications or sessions they have
	 */
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

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_organizationId, _trainingMethodId, _sex, _count);
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", trainingMethodId=" +
			_trainingMethodId + ", sex=" + _sex + ", count=" + _count + "}";
	}

	private static final long serialVersionUID = 2L;

	private final long _count;
	private final long _organizationId;
	private final String _sex;
	private final long _trainingMethodId;

}
