package se.livsviktig.training.web.internal.display.context;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The words of the error page's way back, which leads to the first view of the portlet that showed it: the
 * course catalogue, or the coordinators' list of sessions.
 *
 * @author Livsviktig
 */
public class ErrorPageBackLink {

	public static String getMessageKey(String portletName) {
		if (TrainingPortletKeys.TRAINING_ADMIN.equals(portletName)) {
			return "back-to-the-sessions";
		}

		return "back-to-the-course-catalogue";
	}

	private ErrorPageBackLink() {
	}

}
