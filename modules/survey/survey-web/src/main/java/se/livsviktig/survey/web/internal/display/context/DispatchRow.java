package se.livsviktig.survey.web.internal.display.context;

/**
 * One dispatch of a survey as the coordinator reads it: who is invited (a training method's participants, or
 * those of chosen sessions), when (the trigger in words), the window and closing day, the reminders, its status,
 * and its progress: invited, answered, reminded, opted out.
 *
 * @author Livsviktig
 */
public class DispatchRow {

	public DispatchRow(
		long surveyDispatchId, String target, String trigger,
		String windowStart, String closes, String reminders, String statusKey,
		long invited, long answered, long reminded, long optedOut,
		String editURL) {

		_surveyDispatchId = surveyDispatchId;
		_target = target;
		_trigger = trigger;
		_windowStart = windowStart;
		_closes = closes;
		_reminders = reminders;
		_statusKey = statusKey;
		_invited = invited;
		_answered = answered;
		_reminded = reminded;
		_optedOut = optedOut;
		_editURL = editURL;
	}

	public long getAnswered() {
		return _answered;
	}

	public String getCloses() {
		return _closes;
	}

	public String getEditURL() {
		return _editURL;
	}

	public long getInvited() {
		return _invited;
	}

	public long getOptedOut() {
		return _optedOut;
	}

	public long getReminded() {
		return _reminded;
	}

	public String getReminders() {
		return _reminders;
	}

	public String getStatusKey() {
		return _statusKey;
	}

	public long getSurveyDispatchId() {
		return _surveyDispatchId;
	}

	public String getTarget() {
		return _target;
	}

	public String getTrigger() {
		return _trigger;
	}

	public String getWindowStart() {
		return _windowStart;
	}

	private final long _answered;
	private final String _closes;
	private final String _editURL;
	private final long _invited;
	private final long _optedOut;
	private final long _reminded;
	private final String _reminders;
	private final String _statusKey;
	private final long _surveyDispatchId;
	private final String _target;
	private final String _trigger;
	private final String _windowStart;

}
