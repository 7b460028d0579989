package se.livsviktig.training.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import java.util.concurrent.Callable;

/**
 * A training job: a step of a local service that is safe to run again, on any cluster node, at a fixed
 * interval. What a step did is in the database (states changed, notices claimed), so nothing is kept here.
 *
 * @author Livsviktig
 */
public abstract class TrainingJob implements SchedulerJobConfiguration {

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> {
			int count = step().call();

			if (_log.isInfoEnabled() && (count > 0)) {
				_log.info(getClass().getSimpleName() + " handled " + count);
			}
		};
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			getIntervalMinutes(), TimeUnit.MINUTE);
	}

	protected abstract int getIntervalMinutes();

	/**
	 * @return how many items the step handled
	 */
	protected abstract Callable<Integer> step();

	private static final Log _log = LogFactoryUtil.getLog(TrainingJob.class);

}
