package se.livsviktig.training.internal.unit;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;

/**
 * Folds the rows of {@link UnitTrainingQuery} (one per member, method and state) into one per member and
 * method, in the query's order: how many completions and the latest, and the surest of what is coming
 * ({@link UpcomingTraining}). A member's row without a method means they have nothing that counts; it stands
 * for the method asked for, or for none.
 *
 * @author Livsviktig
 */
public class MemberTrainingRows {

	/**
	 * @param trainingMethodId the method the query was filtered by, or 0
	 */
	public MemberTrainingRows(long trainingMethodId) {
		_trainingMethodId = trainingMethodId;
	}

	/**
	 * @param rows userId, firstName, middleName, lastName, trainingMethodId, status, registrationCount,
	 *        lastCompletionDate
	 */
	public List<MemberTraining> fold(List<Object[]> rows) {
		Map<String, _Fold> folds = new LinkedHashMap<>();

		for (Object[] row : rows) {
			long userId = _toLong(row[0]);
			long trainingMethodId = (row[4] == null) ? _trainingMethodId :
				_toLong(row[4]);

			_Fold fold = folds.computeIfAbsent(
				userId + StringPool.SLASH + trainingMethodId,
				key -> new _Fold(
					userId,
					_fullName(
						(String)row[1], (String)row[2], (String)row[3]),
					trainingMethodId));

			if (row[5] != null) {
				fold.add(
					(int)_toLong(row[5]), (int)_toLong(row[6]),
					(Date)row[7]);
			}
		}

		List<MemberTraining> memberTrainings = new ArrayList<>();

		for (_Fold fold : folds.values()) {
			memberTrainings.add(fold.toMemberTraining());
		}

		return memberTrainings;
	}

	/**
	 * The state's place in what is coming, or null when it is not something coming.
	 */
	static UpcomingTraining toUpcomingTraining(int status) {
		if (status == RegistrationConstants.STATUS_CONFIRMED) {
			return UpcomingTraining.BOOKED;
		}

		if (status == RegistrationConstants.STATUS_PENDING_APPROVAL) {
			return UpcomingTraining.PENDING_APPROVAL;
		}

		if ((status == RegistrationConstants.STATUS_WAITLISTED) ||
			(status == RegistrationConstants.STATUS_OFFERED)) {

			return UpcomingTraining.WAITLISTED;
		}

		return null;
	}

	private static String _fullName(
		String firstName, String middleName, String lastName) {

		StringBuilder sb = new StringBuilder();

		for (String part : new String[] {firstName, middleName, lastName}) {
			if (Validator.isNull(part)) {
				continue;
			}

			if (sb.length() > 0) {
				sb.append(' ');
			}

			sb.append(part.trim());
		}

		return sb.toString();
	}

	/**
	 * PostgreSQL and MariaDB hand back different number types for the same column (BIGINT, DECIMAL).
	 */
	private static long _toLong(Object value) {
		return ((Number)value).longValue();
	}

	private final long _trainingMethodId;

	private static class _Fold {

		void add(int status, int registrationCount, Date lastCompletionDate) {
			if (status == RegistrationConstants.STATUS_COMPLETED) {
				_completedCount += registrationCount;

				if ((lastCompletionDate != null) &&
					((_lastCompletionDate == null) ||
					 lastCompletionDate.after(_lastCompletionDate))) {

					_lastCompletionDate = lastCompletionDate;
				}

				return;
			}

			UpcomingTraining upcomingTraining = toUpcomingTraining(status);

			if (upcomingTraining != null) {
				_upcomingTraining = _upcomingTraining.surer(upcomingTraining);
			}
		}

		MemberTraining toMemberTraining() {
			return new MemberTraining(
				_userId, _fullName, _trainingMethodId, _completedCount,
				_lastCompletionDate, _upcomingTraining);
		}

		private _Fold(long userId, String fullName, long trainingMethodId) {
			_userId = userId;
			_fullName = fullName;
			_trainingMethodId = trainingMethodId;
		}

		private int _completedCount;
		private final String _fullName;
		private Date _lastCompletionDate;
		private final long _trainingMethodId;
		private UpcomingTraining _upcomingTraining = UpcomingTraining.NONE;
		private final long _userId;

	}

}
