package se.livsviktig.survey.internal.dispatch;

import java.time.Instant;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * The job's first step for a dispatch: an invitation for every completed registration that is due now
 * ({@link InvitationWindow}), read from training a keyset page at a time. Each invitation is one guarded insert,
 * so a registration invited before (by an earlier run, another node at the same moment, or a run that stopped
 * halfway) is skipped, and a rerun reads the pages again and creates only what is missing.
 *
 * @author Livsviktig
 */
@Component(service = DueInvitations.class)
public class DueInvitations {

	public static final int PAGE_SIZE = 500;

	/**
	 * @return how many invitations this call created
	 */
	public int create(SurveyDispatch surveyDispatch, Instant now) {
		InvitationWindow invitationWindow = InvitationWindow.at(
			now, surveyDispatch.getDelayDays(),
			surveyDispatch.getWindowStartDate(), surveyDispatch.getCloseDate());

		if (invitationWindow == null) {
			return 0;
		}

		long[] courseSessionIds =
			_surveyDispatchLocalService.getSurveyDispatchCourseSessionIds(
				surveyDispatch.getSurveyDispatchId());

		int created = 0;
		long afterRegistrationId = 0;

		while (true) {
			List<CompletedRegistration> completedRegistrations = _page(
				surveyDispatch, courseSessionIds, invitationWindow,
				afterRegistrationId);

			for (CompletedRegistration completedRegistration :
					completedRegistrations) {

				if (_surveyDispatchLocalService.addSurveyInvitation(
						surveyDispatch, completedRegistration)) {

					created++;
				}

				afterRegistrationId = completedRegistration.getRegistrationId();
			}

			if (completedRegistrations.size() < PAGE_SIZE) {
				return created;
			}
		}
	}

	private List<CompletedRegistration> _page(
		SurveyDispatch surveyDispatch, long[] courseSessionIds,
		InvitationWindow invitationWindow, long afterRegistrationId) {

		if (surveyDispatch.getMethodId() > 0) {
			return _registrationLocalService.getCompletedRegistrations(
				surveyDispatch.getCompanyId(), surveyDispatch.getMethodId(),
				invitationWindow.getFrom(), invitationWindow.getTo(),
				afterRegistrationId, PAGE_SIZE);
		}

		return _registrationLocalService.getCompletedRegistrations(
			surveyDispatch.getCompanyId(), courseSessionIds,
			invitationWindow.getFrom(), invitationWindow.getTo(),
			afterRegistrationId, PAGE_SIZE);
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private SurveyDispatchLocalService _surveyDispatchLocalService;

}
