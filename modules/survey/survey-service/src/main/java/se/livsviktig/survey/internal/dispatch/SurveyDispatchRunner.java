package se.livsviktig.survey.internal.dispatch;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.internal.invitation.InvitationDelivery;
import se.livsviktig.survey.internal.invitation.InvitationMailing;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.survey.service.SurveyInvitationLocalService;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * One run of the invitation job over every active dispatch of every company: create the invitations that are due,
 * mail the pending ones, remind those due a reminder, and record the run on the dispatch. Each mail is claimed in
 * the database first (one conditional update that one node wins, committed with the link's token) and delivered
 * after that commit, so a rerun, a second node running at the same moment, or a run after a crash halfway mails
 * each invitation and each reminder at most once, and the next run picks up whatever a stopped run left.
 *
 * @author Livsviktig
 */
@Component(service = SurveyDispatchRunner.class)
public class SurveyDispatchRunner {

	/**
	 * How many mails one claim transaction takes: small, so a node holds few row locks at a time.
	 */
	public static final int CLAIM_SIZE = 50;

	/**
	 * @return how many invitations this run created and mails (invitations and reminders) it claimed
	 */
	public int run() throws Exception {
		Instant now = _clock.instant();

		int[] handled = {0};

		_companyLocalService.forEachCompanyId(
			companyId -> handled[0] += _run(companyId, now));

		return handled[0];
	}

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	protected void addInvitationDelivery(
		InvitationDelivery invitationDelivery) {

		_invitationDeliveries.add(invitationDelivery);
	}

	protected void removeInvitationDelivery(
		InvitationDelivery invitationDelivery) {

		_invitationDeliveries.remove(invitationDelivery);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private void _deliver(
		Map<Long, String> tokens, SurveyDispatch surveyDispatch, Survey survey,
		boolean reminder,
		SurveyCompanyConfiguration surveyCompanyConfiguration) {

		for (Map.Entry<Long, String> entry : tokens.entrySet()) {
			SurveyInvitation surveyInvitation =
				_surveyInvitationLocalService.fetchSurveyInvitation(
					entry.getKey());

			if (surveyInvitation == null) {
				continue;
			}

			InvitationMailing invitationMailing = new InvitationMailing(
				entry.getKey(), surveyInvitation.getUserId(), survey,
				surveyDispatch.getCloseDate(), entry.getValue(), reminder,
				surveyCompanyConfiguration.answerPageURL(),
				surveyCompanyConfiguration.mySurveysURL());

			for (InvitationDelivery invitationDelivery :
					_invitationDeliveries) {

				try {
					invitationDelivery.deliver(invitationMailing);
				}
				catch (Exception exception) {
					_log.error(
						"Unable to deliver " + invitationMailing + " by " +
							invitationDelivery.getClass(
							).getSimpleName(),
						exception);
				}
			}
		}
	}

	private int _mail(
			SurveyDispatch surveyDispatch, Survey survey, Date now,
			boolean reminder,
			SurveyCompanyConfiguration surveyCompanyConfiguration)
		throws Exception {

		int mailed = 0;

		while (true) {
			long surveyDispatchId = surveyDispatch.getSurveyDispatchId();

			Map<Long, String> tokens;

			if (reminder) {
				tokens = _surveyDispatchLocalService.sendDueSurveyReminders(
					surveyDispatchId, now, CLAIM_SIZE);
			}
			else {
				tokens = _surveyDispatchLocalService.sendPendingSurveyInvitations(
					surveyDispatchId, now, CLAIM_SIZE);
			}

			// Claims this node lost leave nothing to read again: the winner has moved those rows on and committed

			if (tokens.isEmpty()) {
				return mailed;
			}

			_deliver(
				tokens, surveyDispatch, survey, reminder,
				surveyCompanyConfiguration);

			mailed += tokens.size();
		}
	}

	private int _run(long companyId, Instant now) throws Exception {
		SurveyCompanyConfiguration surveyCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class, companyId);

		int handled = 0;

		for (SurveyDispatch surveyDispatch :
				_surveyDispatchLocalService.getActiveSurveyDispatches(
					companyId)) {

			try {
				handled += _run(surveyDispatch, now, surveyCompanyConfiguration);
			}
			catch (Exception exception) {

				// One dispatch's failure must not keep the others from their mail; the next run tries it again

				_log.error(
					"Unable to run survey dispatch " +
						surveyDispatch.getSurveyDispatchId(),
					exception);
			}
		}

		return handled;
	}

	private int _run(
			SurveyDispatch surveyDispatch, Instant now,
			SurveyCompanyConfiguration surveyCompanyConfiguration)
		throws Exception {

		Survey survey = _surveyLocalService.getSurvey(
			surveyDispatch.getSurveyId());

		if (survey.getStatus() != SurveyConstants.STATUS_ACTIVE) {
			return 0;
		}

		Date date = Date.from(now);

		int handled = _dueInvitations.create(surveyDispatch, now);

		handled += _mail(
			surveyDispatch, survey, date, false, surveyCompanyConfiguration);
		handled += _mail(
			surveyDispatch, survey, date, true, surveyCompanyConfiguration);

		_surveyDispatchLocalService.recordSurveyDispatchRun(
			surveyDispatch.getSurveyDispatchId(), date);

		return handled;
	}

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyDispatchRunner.class);

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private DueInvitations _dueInvitations;

	private final List<InvitationDelivery> _invitationDeliveries =
		new CopyOnWriteArrayList<>();

	@Reference
	private SurveyDispatchLocalService _surveyDispatchLocalService;

	@Reference
	private SurveyInvitationLocalService _surveyInvitationLocalService;

	@Reference
	private SurveyLocalService _surveyLocalService;

}
