package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * E-mails the participants the coordinator chose (or everyone registered), with the subject and text they wrote.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.MESSAGE_SESSION_PARTICIPANTS
	},
	service = MVCActionCommand.class
)
public class MessageSessionParticipantsMVCActionCommand
	extends BaseSessionParticipantsMVCActionCommand {

	@Override
	protected String[] act(ActionRequest actionRequest) throws PortalException {
		long courseSessionId = ParamUtil.getLong(
			actionRequest, "courseSessionId");

		long[] registrationIds = GetterUtil.getLongValues(
			actionRequest.getParameterValues("registrationIds"));

		if (ParamUtil.getBoolean(actionRequest, "allRecipients")) {
			registrationIds = _registrationService.getCourseSessionRegistrations(
				courseSessionId, RegistrationConstants.ACTIVE_STATUSES,
				QueryUtil.ALL_POS, QueryUtil.ALL_POS
			).stream(
			).mapToLong(
				Registration::getRegistrationId
			).toArray();
		}

		int sent = _registrationService.messageParticipants(
			courseSessionId, registrationIds,
			ParamUtil.getString(actionRequest, "messageSubject"),
			ParamUtil.getString(actionRequest, "messageBody"));

		return new String[] {
			"the-message-was-sent-to-x-participants", String.valueOf(sent)
		};
	}

	@Override
	protected String getForm() {
		return SessionParticipantsDisplayContext.FORM_MESSAGE;
	}

	@Reference
	private RegistrationService _registrationService;

}
