package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Reminds participants of their session the configured number of days before it.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class SendSessionRemindersSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 60;
	}

	@Override
	protected Callable<Integer> step() {
		return _registrationLocalService::sendReminders;
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
