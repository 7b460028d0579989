package se.livsviktig.survey.service.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * The retention job runs daily and each run is one retention step of the local service.
 *
 * @author Livsviktig
 */
public class ApplySurveyRetentionSchedulerJobConfigurationTest {

	@Test
	public void eachRunAppliesRetentionOnce() throws Exception {
		_job.getJobExecutorUnsafeRunnable(
		).run();
		_job.getJobExecutorUnsafeRunnable(
		).run();

		verify(
			_surveyResponseLocalService, times(2)
		).applyRetention();
	}

	@Test
	public void theJobRunsDaily() {
		TriggerConfiguration triggerConfiguration =
			_job.getTriggerConfiguration();

		assertEquals(1, triggerConfiguration.getInterval());
		assertEquals(TimeUnit.DAY, triggerConfiguration.getTimeUnit());
	}

	private final SurveyResponseLocalService _surveyResponseLocalService =
		mock(SurveyResponseLocalService.class);
	private final ApplySurveyRetentionSchedulerJobConfiguration _job = Fields.set(
		new ApplySurveyRetentionSchedulerJobConfiguration(),
		"_surveyResponseLocalService", _surveyResponseLocalService);

}
