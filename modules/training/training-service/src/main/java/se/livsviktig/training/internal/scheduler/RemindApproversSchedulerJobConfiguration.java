package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Reminds managers of approval requests that have waited a day.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class RemindApproversSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 60;
	}

	@Override
	protected Callable<Integer> step() {
		return _registrationLocalService::remindApprovers;
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
