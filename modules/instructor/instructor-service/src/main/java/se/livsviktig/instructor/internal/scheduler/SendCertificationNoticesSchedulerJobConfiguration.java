package se.livsviktig.instructor.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.notice.CertificationExpiryNotices;
import se.livsviktig.instructor.internal.notice.LicenceStandingNotices;

/**
 * Every hour, tells holders of certifications near or past their valid-until date and marks passed ones lapsed,
 * then tells instructors whose licence for a method has become at risk or lapsed.
 * What a run did is in the database (notices claimed, states changed), so nothing is kept here and any node may
 * run it; hourly, so a notice goes out the day it falls due even when a node was down for a while.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class SendCertificationNoticesSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> {
			int handled = _certificationExpiryNotices.sendDue();

			// After the expiry step, so a certification it has just marked lapsed is no longer taken for a licence

			handled += _licenceStandingNotices.sendDue();

			if (_log.isInfoEnabled() && (handled > 0)) {
				_log.info(
					"Sent certification and licence notices and marked lapses: " +
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
		SendCertificationNoticesSchedulerJobConfiguration.class);

	@Reference
	private CertificationExpiryNotices _certificationExpiryNotices;

	@Reference
	private LicenceStandingNotices _licenceStandingNotices;

}
