package se.livsviktig.instructor.figures;

import java.io.Serializable;

import java.util.Objects;

/**
 * How many instructors of one training method a figure counts: one row of
 * {@code InstructorFiguresLocalService.getCertifiedInstructorCounts} or {@code getActiveInstructorCounts}. The
 * instructor app records no administration of its own for a person, so the counts are for the whole company.
 *
 * @author Livsviktig
 */
public final class InstructorCount implements Serializable {

	public InstructorCount(long trainingMethodId, long count) {
		_trainingMethodId = trainingMethodId;
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

		if ((_trainingMethodId == instructorCount._trainingMethodId) &&
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

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_trainingMethodId, _count);
	}

	@Override
	public String toString() {
		return "{trainingMethodId=" + _trainingMethodId + ", count=" + _count +
			"}";
	}

	private static final long serialVersionUID = 1L;

	private final long _count;
	private final long _trainingMethodId;

}
