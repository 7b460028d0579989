package se.livsviktig.survey.service.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;
import com.liferay.portal.kernel.service.CompanyLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * The retention job runs daily and each run applies every company's retention, each company on its own.
 *
 * @author Livsviktig
 */
public class ApplySurveyRetentionSchedulerJobConfigurationTest {

	@BeforeEach
	public void setUp() throws Exception {
		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer =
					invocation.getArgument(0);

				for (long companyId : new long[] {_COMPANY_1, _COMPANY_2, _COMPANY_3}) {
					unsafeConsumer.accept(companyId);
				}

				return null;
			}
		).when(
			_companyLocalService
		).forEachCompanyId(
			any()
		);
	}

	@Test
	public void eachRunAppliesEveryCompanysRetentionOnce() throws Exception {
		_job.getJobExecutorUnsafeRunnable(
		).run();
		_job.getJobExecutorUnsafeRunnable(
		).run();

		for (long companyId : new long[] {_COMPANY_1, _COMPANY_2, _COMPANY_3}) {
			verify(
				_surveyResponseLocalService, times(2)
			).applyRetention(
				companyId
			);
		}
	}

	@Test
	public void oneCompanysFailureDoesNotKeepTheOthersFromRetention() throws Exception {
		when(
			_surveyResponseLocalService.applyRetention(_COMPANY_2)
		).thenThrow(
			new PortalException("The company's settings cannot be read")
		);

		_job.getJobExecutorUnsafeRunnable(
		).run();

		verify(
			_surveyResponseLocalService
		).applyRetention(
			_COMPANY_1
		);
		verify(
			_surveyResponseLocalService
		).applyRetention(
			_COMPANY_3
		);
	}

	@Test
	public void theJobRunsDaily() {
		TriggerConfiguration triggerConfiguration =
			_job.getTriggerConfiguration();

		assertEquals(1, triggerConfiguration.getInterval());
		assertEquals(TimeUnit.DAY, triggerConfiguration.getTimeUnit());
	}

	private static final long _COMPANY_1 = 20_097;

	private static final long _COMPANY_2 = 20_098;

	private static final long _COMPANY_3 = 20_099;

	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final SurveyResponseLocalService _surveyResponseLocalService =
		mock(SurveyResponseLocalService.class);
	private final ApplySurveyRetentionSchedulerJobConfiguration _job = Fields.set(
		Fields.set(
			new ApplySurveyRetentionSchedulerJobConfiguration(),
			"_surveyResponseLocalService", _surveyResponseLocalService),
		"_companyLocalService", _companyLocalService);

}
