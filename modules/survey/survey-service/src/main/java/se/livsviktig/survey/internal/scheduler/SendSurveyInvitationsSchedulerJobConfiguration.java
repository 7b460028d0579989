package se.livsviktig.survey.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.internal.dispatch.SurveyDispatchRunner;

/**
 * Every hour, invites the participants whose evaluation or follow-up is due, mails the invitations and reminders,
 * and records the run on each dispatch. What a run did is in the database (invitations, their states and tokens),
 * so nothing is kept here and any node may run it; hourly, so an invitation goes out the day it falls due even
 * when a node was down for a while.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class SendSurveyInvitationsSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> {
			int handled = _surveyDispatchRunner.run();

			if (_log.isInfoEnabled() && (handled > 0)) {
				_log.info(
					"Created and mailed survey invitations and reminders: " +
						handled);
			}
		};
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			60, TimeUnit.MINUTE);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		SendSurveyInvitationsSchedulerJobConfiguration.class);

	@Reference
	private SurveyDispatchRunner _surveyDispatchRunner;

}
