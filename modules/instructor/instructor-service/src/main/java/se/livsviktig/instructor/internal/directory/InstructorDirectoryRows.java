package se.livsviktig.instructor.internal.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;

/**
 * Makes one directory entry per instructor of a page, in the page's order (by name), from the page's rows of
 * {@link InstructorDirectoryQuery#selectInstructors(int, int)} and the methods and organisations of
 * {@link InstructorDirectoryQuery#selectDetails(Long[])}: each method once by id, each organisation once in the
 * database's order of names (its collation, not Java's, sorts Å, Ä and Ö).
 *
 * @author Livsviktig
 */
public class InstructorDirectoryRows {

	public InstructorDirectoryRows(List<Object[]> instructorRows) {
		for (Object[] row : instructorRows) {
			long userId = ((Number)row[0]).longValue();

			_instructors.put(
				userId,
				new _Instructor(
					userId,
					_fullName((String)row[1], (String)row[2], (String)row[3])));
		}
	}

	public List<InstructorDirectoryEntry> fold(List<Object[]> detailRows) {
		for (Object[] row : detailRows) {
			_Instructor instructor = _instructors.get(
				((Number)row[0]).longValue());

			if (instructor == null) {
				continue;
			}

			instructor.trainingMethodIds.add(((Number)row[1]).longValue());

			if (row[2] != null) {
				instructor.organizationNames.add((String)row[2]);
			}
		}

		List<InstructorDirectoryEntry> entries = new ArrayList<>();

		for (_Instructor instructor : _instructors.values()) {
			entries.add(
				new InstructorDirectoryEntry(
					instructor.userId, instructor.fullName,
					new ArrayList<>(instructor.organizationNames),
					new ArrayList<>(instructor.trainingMethodIds)));
		}

		return entries;
	}

	/**
	 * @return the page's people, for {@link InstructorDirectoryQuery#selectDetails(Long[])}
	 */
	public Long[] getUserIds() {
		return _instructors.keySet(
		).toArray(
			new Long[0]
		);
	}

	public boolean isEmpty() {
		return _instructors.isEmpty();
	}

	private static String _fullName(
		String firstName, String middleName, String lastName) {

		StringJoiner stringJoiner = new StringJoiner(" ");

		for (String name : new String[] {firstName, middleName, lastName}) {
			if ((name != null) && !name.isEmpty()) {
				stringJoiner.add(name);
			}
		}

		return stringJoiner.toString();
	}

	private final Map<Long, _Instructor> _instructors = new LinkedHashMap<>();

	private static final class _Instructor {

		_Instructor(long userId, String fullName) {
			this.userId = userId;
			this.fullName = fullName;
		}

		final String fullName;
		final Set<String> organizationNames = new LinkedHashSet<>();
		final TreeSet<Long> trainingMethodIds = new TreeSet<>();
		final long userId;

	}

}
