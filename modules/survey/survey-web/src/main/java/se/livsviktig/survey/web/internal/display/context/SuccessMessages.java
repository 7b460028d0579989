package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;

import javax.portlet.PortletRequest;

/**
 * What the admin actions report on the page they land on: each action leaves one of these keys in
 * SessionMessages, and the page says it in words.
 *
 * @author Livsviktig
 */
public class SuccessMessages {

	public static final String DISPATCH_DELETED = "the-dispatch-was-deleted";

	public static final String DISPATCH_SAVED = "the-dispatch-was-saved";

	public static final String QUESTION_DELETED = "the-question-was-deleted";

	public static final String QUESTION_MOVED = "the-question-was-moved";

	public static final String QUESTION_SAVED = "the-question-was-saved";

	public static final String SURVEY_COPIED =
		"the-survey-was-copied-this-is-the-copy";

	public static final String SURVEY_DELETED = "the-survey-was-deleted";

	public static final String SURVEY_SAVED = "the-survey-was-saved";

	/**
	 * @return the key of what the last action did, or null
	 */
	public static String of(PortletRequest portletRequest) {
		for (String key : _KEYS) {
			if (SessionMessages.contains(portletRequest, key)) {
				return key;
			}
		}

		return null;
	}

	private SuccessMessages() {
	}

	private static final List<String> _KEYS = List.of(
		DISPATCH_SAVED, QUESTION_DELETED, QUESTION_MOVED, QUESTION_SAVED,
		SURVEY_COPIED, SURVEY_SAVED, DISPATCH_DELETED, SURVEY_DELETED);

}
