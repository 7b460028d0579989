package se.livsviktig.instructor.directory;

import java.io.Serializable;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One instructor as the instructor directory shows them to managers planning a course: the name, the
 * organisations they belong to and the training methods they hold an active certification for, valid today.
 * Nothing else of a certification (number, issuer, dates) is shown there. One entry of
 * {@code CertificationLocalService.getInstructorDirectory}.
 *
 * @author Livsviktig
 */
public final class InstructorDirectoryEntry implements Serializable {

	public InstructorDirectoryEntry(
		long userId, String fullName, List<String> organizationNames,
		List<Long> trainingMethodIds) {

		_userId = userId;
		_fullName = fullName;
		_organizationNames = Collections.unmodifiableList(organizationNames);
		_trainingMethodIds = Collections.unmodifiableList(trainingMethodIds);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InstructorDirectoryEntry)) {
			return false;
		}

		InstructorDirectoryEntry instructorDirectoryEntry =
			(InstructorDirectoryEntry)object;

		if ((_userId == instructorDirectoryEntry._userId) &&
			Objects.equals(_fullName, instructorDirectoryEntry._fullName) &&
			_organizationNames.equals(
				instructorDirectoryEntry._organizationNames) &&
			_trainingMethodIds.equals(
				instructorDirectoryEntry._trainingMethodIds)) {

			return true;
		}

		return false;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return the names of the instructor's organisations, alphabetically
	 */
	public List<String> getOrganizationNames() {
		return _organizationNames;
	}

	/**
	 * @return the methods the instructor may teach today, by method id, ascending
	 */
	public List<Long> getTrainingMethodIds() {
		return _trainingMethodIds;
	}

	public long getUserId() {
		return _userId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_userId, _fullName, _organizationNames, _trainingMethodIds);
	}

	@Override
	public String toString() {
		return "InstructorDirectoryEntry{userId=" + _userId + ", fullName=" +
			_fullName + ", organizationNames=" + _organizationNames +
				", trainingMethodIds=" + _trainingMethodIds + "}";
	}

	private static final long serialVersionUID = 1L;

	private final String _fullName;
	private final List<String> _organizationNames;
	private final List<Long> _trainingMethodIds;
	private final long _userId;

}
