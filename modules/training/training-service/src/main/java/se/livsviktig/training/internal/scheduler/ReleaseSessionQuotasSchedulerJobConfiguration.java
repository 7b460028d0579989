package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * Opens seats reserved for an administration to everyone on the quota's release date.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class ReleaseSessionQuotasSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 15;
	}

	@Override
	protected Callable<Integer> step() {
		return _courseSessionLocalService::releaseSessionQuotas;
	}

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

}
