package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * One instructor as the directory's table shows them: name, the methods they may teach today by name, and their
 * organisations. Texts as stored, escaped by the JSP.
 *
 * @author Livsviktig
 */
public class InstructorDirectoryRow {

	public InstructorDirectoryRow(
		String fullName, List<String> trainingMethodNames,
		List<String> organizationNames) {

		_fullName = fullName;
		_trainingMethodNames = trainingMethodNames;
		_organizationNames = organizationNames;
	}

	public String getFullName() {
		return _fullName;
	}

	public List<String> getOrganizationNames() {
		return _organizationNames;
	}

	public List<String> getTrainingMethodNames() {
		return _trainingMethodNames;
	}

	private final String _fullName;
	private final List<String> _organizationNames;
	private final List<String> _trainingMethodNames;

}
