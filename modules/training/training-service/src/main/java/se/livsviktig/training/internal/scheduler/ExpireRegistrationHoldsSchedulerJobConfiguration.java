package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Expires approval requests and seat offers that ran out, and gives their seats to the waitlist.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class ExpireRegistrationHoldsSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 15;
	}

	@Override
	protected Callable<Integer> step() {
		return _registrationLocalService::expireRegistrations;
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
