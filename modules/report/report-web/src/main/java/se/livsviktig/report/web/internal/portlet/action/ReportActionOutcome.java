package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;

import se.livsviktig.report.web.internal.constants.ReportWebKeys;

/**
 * Leaves an action's outcome for the view it returns to: the Language key of its refusal or confirmation, which
 * the view shows itself, so the portal's own generic messages are hidden.
 *
 * @author Livsviktig
 */
public class ReportActionOutcome {

	public static final String SUCCESS_KEY = "REPORT_SUCCESS_KEY";

	public static void refused(
		Portal portal, ActionRequest actionRequest, String errorKey) {

		SessionErrors.add(
			actionRequest, ReportWebKeys.REPORT_ERROR_KEY, errorKey);
		SessionMessages.add(
			actionRequest,
			portal.getPortletId(actionRequest) +
				SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_ERROR_MESSAGE);
	}

	public static void succeeded(
		Portal portal, ActionRequest actionRequest, String successKey) {

		SessionMessages.add(actionRequest, SUCCESS_KEY, successKey);
		SessionMessages.add(
			actionRequest,
			portal.getPortletId(actionRequest) +
				SessionMessages.KEY_SUFFIX_HIDE_DEFAULT_SUCCESS_MESSAGE);
	}

}
