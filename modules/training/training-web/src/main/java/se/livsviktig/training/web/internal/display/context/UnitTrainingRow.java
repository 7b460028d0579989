package se.livsviktig.training.web.internal.display.context;

import java.util.Date;

/**
 * One member and one method as the unit's training page and its exports show them: the name and method as
 * typed (the view escapes them), how many times and when last completed, and a Language key for what is
 * coming.
 *
 * @author Livsviktig
 */
public class UnitTrainingRow {

	public UnitTrainingRow(
		String fullName, String trainingMethodName, int completedCount,
		Date lastCompletionDate, String lastCompletionText,
		String upcomingKey) {

		_fullName = fullName;
		_trainingMethodName = trainingMethodName;
		_completedCount = completedCount;
		_lastCompletionDate = (lastCompletionDate == null) ? null :
			new Date(lastCompletionDate.getTime());
		_lastCompletionText = lastCompletionText;
		_upcomingKey = upcomingKey;
	}

	public int getCompletedCount() {
		return _completedCount;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return when the member last completed the method, or null when they never have
	 */
	public Date getLastCompletionDate() {
		if (_lastCompletionDate == null) {
			return null;
		}

		return new Date(_lastCompletionDate.getTime());
	}

	/**
	 * @return the last completion's day in the reader's language and time zone, or "" when there is none
	 */
	public String getLastCompletionText() {
		return _lastCompletionText;
	}

	/**
	 * @return the method's name, or null for a member who has no registration of any method
	 */
	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	public String getUpcomingKey() {
		return _upcomingKey;
	}

	public boolean hasCompleted() {
		if (_completedCount > 0) {
			return true;
		}

		return false;
	}

	private final int _completedCount;
	private final String _fullName;
	private final Date _lastCompletionDate;
	private final String _lastCompletionText;
	private final String _trainingMethodName;
	private final String _upcomingKey;

}
