package se.livsviktig.survey.web.internal.admin;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;

/**
 * The Language key of each stored code the admin pages show: a survey's kind and status, a question's type, a
 * dispatch's trigger and status. An unknown code says so rather than showing a number.
 *
 * @author Livsviktig
 */
public class SurveyLabels {

	public static final int[] QUESTION_TYPES = {
		SurveyQuestionConstants.TYPE_LIKERT, SurveyQuestionConstants.TYPE_YES_NO,
		SurveyQuestionConstants.TYPE_SINGLE_CHOICE,
		SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
		SurveyQuestionConstants.TYPE_FREE_TEXT
	};

	public static final int[] SURVEY_STATUSES = {
		SurveyConstants.STATUS_DRAFT, SurveyConstants.STATUS_ACTIVE,
		SurveyConstants.STATUS_ARCHIVED
	};

	public static String dispatchStatusKey(int status) {
		if (status == SurveyDispatchConstants.STATUS_ACTIVE) {
			return "dispatch-status-active";
		}
		else if (status == SurveyDispatchConstants.STATUS_PAUSED) {
			return "dispatch-status-paused";
		}
		else if (status == SurveyDispatchConstants.STATUS_CLOSED) {
			return "dispatch-status-closed";
		}

		return "unknown";
	}

	public static String kindKey(int kind) {
		if (kind == SurveyConstants.KIND_EVALUATION) {
			return "survey-kind-evaluation";
		}
		else if (kind == SurveyConstants.KIND_FOLLOW_UP) {
			return "survey-kind-follow-up";
		}

		return "unknown";
	}

	public static String questionTypeKey(int questionType) {
		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			return "question-type-likert";
		}
		else if (questionType == SurveyQuestionConstants.TYPE_YES_NO) {
			return "question-type-yes-no";
		}
		else if (questionType == SurveyQuestionConstants.TYPE_SINGLE_CHOICE) {
			return "question-type-single-choice";
		}
		else if (questionType ==
					SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE) {

			return "question-type-multiple-choice";
		}
		else if (questionType == SurveyQuestionConstants.TYPE_FREE_TEXT) {
			return "question-type-free-text";
		}

		return "unknown";
	}

	public static String statusKey(int status) {
		if (status == SurveyConstants.STATUS_DRAFT) {
			return "survey-status-draft";
		}
		else if (status == SurveyConstants.STATUS_ACTIVE) {
			return "survey-status-active";
		}
		else if (status == SurveyConstants.STATUS_ARCHIVED) {
			return "survey-status-archived";
		}

		return "unknown";
	}

	public static String triggerKey(int triggerType) {
		if (triggerType == SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE) {
			return "dispatch-trigger-after-the-last-date";
		}
		else if (triggerType ==
					SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION) {

			return "dispatch-trigger-days-after-completion";
		}

		return "unknown";
	}

	private SurveyLabels() {
	}

}
