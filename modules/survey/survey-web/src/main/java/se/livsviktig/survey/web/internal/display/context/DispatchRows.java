package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.language.Language;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;
import se.livsviktig.training.model.TrainingMethod;

/**
 * A survey's dispatches in words, in the reader's language and time zone: the method's name or the number of
 * chosen sessions, the trigger with its days, the dates, the reminders, and the progress the dispatch service
 * counts.
 *
 * @author Livsviktig
 */
public class DispatchRows {

	/**
	 * @param trainingMethods the training method of an id, or null
	 * @param sessionCounts the number of chosen sessions of a dispatch id
	 * @param progress the progress of a dispatch id
	 * @param editURLs the form's URL of a dispatch id
	 */
	public DispatchRows(
		Language language, Locale locale, ZoneId zoneId,
		LongFunction<TrainingMethod> trainingMethods,
		LongFunction<Integer> sessionCounts,
		LongFunction<DispatchProgress> progress,
		LongFunction<String> editURLs) {

		_language = language;
		_locale = locale;
		_zoneId = zoneId;
		_trainingMethods = trainingMethods;
		_sessionCounts = sessionCounts;
		_progress = progress;
		_editURLs = editURLs;

		_dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);
	}

	public List<DispatchRow> of(List<SurveyDispatch> surveyDispatches) {
		List<DispatchRow> rows = new ArrayList<>();

		for (SurveyDispatch surveyDispatch : surveyDispatches) {
			long surveyDispatchId = surveyDispatch.getSurveyDispatchId();

			DispatchProgress dispatchProgress = _progress.apply(
				surveyDispatchId);

			rows.add(
				new DispatchRow(
					surveyDispatchId, _target(surveyDispatch),
					_trigger(surveyDispatch),
					_date(surveyDispatch.getWindowStartDate()),
					_date(surveyDispatch.getCloseDate()),
					_reminders(surveyDispatch),
					SurveyLabels.dispatchStatusKey(surveyDispatch.getStatus()),
					dispatchProgress.getInvited(),
					dispatchProgress.getAnswered(),
					dispatchProgress.getReminded(),
					dispatchProgress.getOptedOut(),
					_editURLs.apply(surveyDispatchId)));
		}

		return rows;
	}

	private String _date(Date date) {
		if (date == null) {
			return "";
		}

		return _dateFormatter.format(date.toInstant().atZone(_zoneId));
	}

	private String _reminders(SurveyDispatch surveyDispatch) {
		if ((surveyDispatch.getMaxReminders() <= 0) ||
			(surveyDispatch.getReminderIntervalDays() <= 0)) {

			return _language.get(_locale, "no-reminders");
		}

		return _language.format(
			_locale, "every-x-days-at-most-x-times",
			new Object[] {
				surveyDispatch.getReminderIntervalDays(),
				surveyDispatch.getMaxReminders()
			});
	}

	private String _target(SurveyDispatch surveyDispatch) {
		if (surveyDispatch.getMethodId() > 0) {
			TrainingMethod trainingMethod = _trainingMethods.apply(
				surveyDispatch.getMethodId());

			if (trainingMethod == null) {
				return _language.get(_locale, "a-training-method-since-deleted");
			}

			return _language.format(
				_locale, "participants-of-x",
				new Object[] {trainingMethod.getName(_locale)});
		}

		return _language.format(
			_locale, "participants-of-x-chosen-sessions",
			new Object[] {
				_sessionCounts.apply(surveyDispatch.getSurveyDispatchId())
			});
	}

	private String _trigger(SurveyDispatch surveyDispatch) {
		String key = "x-days-after-the-last-date";

		if (surveyDispatch.getTriggerType() ==
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION) {

			key = "x-days-after-completion";
		}
		else if (surveyDispatch.getTriggerType() !=
					SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE) {

			return _language.get(_locale, "unknown");
		}

		return _language.format(
			_locale, key, new Object[] {surveyDispatch.getDelayDays()});
	}

	private final DateTimeFormatter _dateFormatter;
	private final LongFunction<String> _editURLs;
	private final Language _language;
	private final Locale _locale;
	private final LongFunction<DispatchProgress> _progress;
	private final LongFunction<Integer> _sessionCounts;
	private final LongFunction<TrainingMethod> _trainingMethods;
	private final ZoneId _zoneId;

}
