package se.livsviktig.survey.service.internal.retention;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;
import com.liferay.portal.kernel.service.CompanyLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * Once a day, deletes free-text answers and removes the person from non-anonymous responses once they are older
 * than each company's retention settings. What a run did is the data itself (no row matches twice), so nothing is
 * kept here and any node may run it. Each company is a step (and a transaction) of its own: one company whose
 * settings cannot be read or whose statement fails must not keep every other company's answers past their time.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class ApplySurveyRetentionSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> {
			int[] changed = new int[1];

			_companyLocalService.forEachCompanyId(
				companyId -> {
					try {
						changed[0] += _surveyResponseLocalService.applyRetention(
							companyId);
					}
					catch (Exception exception) {

						// The next run tries this company again; the others are done meanwhile

						_log.error(
							"Unable to apply survey retention for company " +
								companyId,
							exception);
					}
				});

			if (_log.isInfoEnabled() && (changed[0] > 0)) {
				_log.info("Survey retention deleted or cleared " + changed[0]);
			}
		};
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(1, TimeUnit.DAY);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		ApplySurveyRetentionSchedulerJobConfiguration.class);

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private SurveyResponseLocalService _surveyResponseLocalService;

}
