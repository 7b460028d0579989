package se.livsviktig.careprogram.service.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.service.internal.notice.ReviewReminders;

/**
 * Once a day, reminds owners of programmes and routines whose review falls due or is late, tells programme owners
 * of routines long overdue or left without an owner. What a run sent is in the database (ReviewNotice claims), so
 * nothing is kept here and any node may run it; a notice missed on its day goes out on the next run while it still
 * makes sense (ReviewNoticePlan).
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class SendReviewRemindersSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> {
			int sent = _reviewReminders.sendDue();

			if (_log.isInfoEnabled() && (sent > 0)) {
				_log.info("Sent review notices: " + sent);
			}
		};
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			1, TimeUnit.DAY);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		SendReviewRemindersSchedulerJobConfiguration.class);

	@Reference
	private ReviewReminders _reviewReminders;

}
