package se.livsviktig.instructor.internal.network;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;

/**
 * Folds the rows of {@link NetworkDirectoryQuery} into one entry per member, in the query's order: each
 * organisation once, each method once with the latest valid-until of its certifications (open-ended beats any
 * date).
 *
 * @author Livsviktig
 */
public class NetworkDirectoryRows {

	public List<NetworkDirectoryEntry> fold(List<Object[]> rows) {
		Map<Long, _Member> members = new LinkedHashMap<>();

		for (Object[] row : rows) {
			long userId = ((Number)row[0]).longValue();

			_Member member = members.computeIfAbsent(
				userId,
				key -> new _Member(
					key, ((Number)row[1]).intValue(),
					_fullName(
						(String)row[2], (String)row[3], (String)row[4])));

			if (row[5] != null) {
				member.organizationNames.add((String)row[5]);
			}

			if (row[6] != null) {
				member.addMethod(((Number)row[6]).longValue(), (Date)row[7]);
			}
		}

		List<NetworkDirectoryEntry> entries = new ArrayList<>();

		for (_Member member : members.values()) {
			entries.add(member.toEntry());
		}

		return entries;
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

	private static final class _Member {

		_Member(long userId, int role, String fullName) {
			_userId = userId;
			_role = role;
			_fullName = fullName;
		}

		void addMethod(long trainingMethodId, Date validUntil) {
			Date copy = (validUntil == null) ? null : new Date(
				validUntil.getTime());

			if (!_validUntils.containsKey(trainingMethodId)) {
				_validUntils.put(trainingMethodId, copy);

				return;
			}

			Date known = _validUntils.get(trainingMethodId);

			if ((known != null) && ((copy == null) || copy.after(known))) {
				_validUntils.put(trainingMethodId, copy);
			}
		}

		NetworkDirectoryEntry toEntry() {
			List<NetworkDirectoryMethod> methods = new ArrayList<>();

			for (Map.Entry<Long, Date> entry : _validUntils.entrySet()) {
				methods.add(
					new NetworkDirectoryMethod(
						entry.getKey(), entry.getValue()));
			}

			return new NetworkDirectoryEntry(
				_userId, _fullName, _role, new ArrayList<>(organizationNames),
				methods);
		}

		final Set<String> organizationNames = new LinkedHashSet<>();

		private final String _fullName;
		private final int _role;
		private final long _userId;
		private final Map<Long, Date> _validUntils = new LinkedHashMap<>();

	}

}
