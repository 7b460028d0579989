package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;

import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.web.internal.admin.DateInput;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * The dispatch form: to a training method's participants or to those of chosen sessions, the trigger (after the
 * session's last date, or days after completion) with its days, the window's first day, the closing day, the
 * reminders, and for an existing dispatch its status. After a refusal it shows what was typed, with the message
 * above the form: the dispatch service says what is wrong with the dispatch as a whole.
 *
 * @author Livsviktig
 */
public class SurveyDispatchFormDisplayContext {

	public static final String TARGET_METHOD = "method";

	public static final String TARGET_SESSIONS = "sessions";

	/**
	 * @param surveyDispatch the dispatch edited, or null for a new one
	 * @param chosenCourseSessionIds the sessions of the dispatch edited
	 * @param methodNames the company's training methods, id to name
	 * @param sessionLabels the sessions offered, id to words
	 */
	public SurveyDispatchFormDisplayContext(
		RenderRequest renderRequest, long surveyId,
		SurveyDispatch surveyDispatch, long[] chosenCourseSessionIds,
		Map<Long, String> methodNames, Map<Long, String> sessionLabels,
		ZoneId zoneId, String actionURL, String cancelURL) {

		_renderRequest = renderRequest;
		_surveyId = surveyId;
		_surveyDispatch = surveyDispatch;
		_chosenCourseSessionIds = chosenCourseSessionIds;
		_methodNames = methodNames;
		_sessionLabels = sessionLabels;
		_zoneId = zoneId;
		_actionURL = actionURL;
		_cancelURL = cancelURL;

		if (SessionErrors.contains(
				renderRequest, SurveyDispatchException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					null,
					SurveyErrorKeys.getErrorKey(SurveyDispatchException.class)));
		}
	}

	public String getActionURL() {
		return _actionURL;
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public String getCloseDate() {
		if (_fromRequest()) {
			return ParamUtil.getString(_renderRequest, "closeDate");
		}

		return DateInput.format(_surveyDispatch.getCloseDate(), _zoneId);
	}

	public int getDelayDays() {
		if (_fromRequest()) {
			return ParamUtil.getInteger(_renderRequest, "delayDays");
		}

		return _surveyDispatch.getDelayDays();
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public int getMaxReminders() {
		if (_fromRequest()) {
			return ParamUtil.getInteger(_renderRequest, "maxReminders", 2);
		}

		return _surveyDispatch.getMaxReminders();
	}

	public List<SessionOption> getMethodOptions() {
		long methodId = _fromRequest() ?
			ParamUtil.getLong(_renderRequest, "methodId") :
				_surveyDispatch.getMethodId();

		List<SessionOption> options = new ArrayList<>();

		for (Map.Entry<Long, String> entry : _methodNames.entrySet()) {
			options.add(
				new SessionOption(
					entry.getKey(), entry.getValue(),
					entry.getKey() == methodId));
		}

		return options;
	}

	public int getReminderIntervalDays() {
		if (_fromRequest()) {
			return ParamUtil.getInteger(
				_renderRequest, "reminderIntervalDays", 7);
		}

		return _surveyDispatch.getReminderIntervalDays();
	}

	public List<SessionOption> getSessionOptions() {
		long[] chosen = _chosenCourseSessionIds;

		if (_fromRequest()) {
			chosen = GetterUtil.getLongValues(
				_renderRequest.getParameterValues("courseSessionIds"));
		}

		List<SessionOption> options = new ArrayList<>();

		for (Map.Entry<Long, String> entry : _sessionLabels.entrySet()) {
			options.add(
				new SessionOption(
					entry.getKey(), entry.getValue(),
					ArrayUtil.contains(chosen, entry.getKey())));
		}

		return options;
	}

	public List<Option> getStatusOptions() {
		int status = _fromRequest() ?
			ParamUtil.getInteger(
				_renderRequest, "status",
				SurveyDispatchConstants.STATUS_ACTIVE) :
					_surveyDispatch.getStatus();

		List<Option> options = new ArrayList<>();

		for (int dispatchStatus :
				new int[] {
					SurveyDispatchConstants.STATUS_ACTIVE,
					SurveyDispatchConstants.STATUS_PAUSED,
					SurveyDispatchConstants.STATUS_CLOSED
				}) {

			options.add(
				new Option(
					String.valueOf(dispatchStatus),
					SurveyLabels.dispatchStatusKey(dispatchStatus),
					dispatchStatus == status));
		}

		return options;
	}

	public long getSurveyDispatchId() {
		if (_surveyDispatch == null) {
			return 0;
		}

		return _surveyDispatch.getSurveyDispatchId();
	}

	public long getSurveyId() {
		return _surveyId;
	}

	public String getTarget() {
		if (_fromRequest()) {
			return ParamUtil.getString(_renderRequest, "target", TARGET_METHOD);
		}

		if (_surveyDispatch.getMethodId() > 0) {
			return TARGET_METHOD;
		}

		return TARGET_SESSIONS;
	}

	public String getTitleKey() {
		if (_surveyDispatch == null) {
			return "add-dispatch";
		}

		return "edit-dispatch";
	}

	public List<Option> getTriggerOptions() {
		int triggerType = _fromRequest() ?
			ParamUtil.getInteger(
				_renderRequest, "triggerType",
				SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE) :
					_surveyDispatch.getTriggerType();

		List<Option> options = new ArrayList<>();

		for (int trigger :
				new int[] {
					SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE,
					SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION
				}) {

			options.add(
				new Option(
					String.valueOf(trigger), SurveyLabels.triggerKey(trigger),
					trigger == triggerType));
		}

		return options;
	}

	public String getWindowStartDate() {
		if (_fromRequest()) {
			return ParamUtil.getString(_renderRequest, "windowStartDate");
		}

		return DateInput.format(_surveyDispatch.getWindowStartDate(), _zoneId);
	}

	public boolean isNew() {
		return _surveyDispatch == null;
	}

	/**
	 * @return whether the form shows what was sent (a new dispatch, or after a refusal) rather than what is stored
	 */
	private boolean _fromRequest() {
		return !_fieldErrors.isEmpty() || (_surveyDispatch == null);
	}

	private final String _actionURL;
	private final String _cancelURL;
	private final long[] _chosenCourseSessionIds;
	private final List<FieldError> _fieldErrors = new ArrayList<>();
	private final Map<Long, String> _methodNames;
	private final RenderRequest _renderRequest;
	private final Map<Long, String> _sessionLabels;
	private final SurveyDispatch _surveyDispatch;
	private final long _surveyId;
	private final ZoneId _zoneId;

}
