package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Deletes the free text of registrations, their history and instructor invitations the configured number of
 * days after a session (GDPR); see FreeTextRetention.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class PurgeRegistrationFreeTextSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 1440;
	}

	@Override
	protected Callable<Integer> step() {
		return _registrationLocalService::purgeFreeText;
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
