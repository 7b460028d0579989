package se.livsviktig.training.internal.scheduler;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;

import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.AttendanceLocalService;

/**
 * Asks instructors to mark attendance after their session's last date.
 *
 * @author Livsviktig
 */
@Component(service = SchedulerJobConfiguration.class)
public class SendAttendanceRemindersSchedulerJobConfiguration extends TrainingJob {

	@Override
	protected int getIntervalMinutes() {
		return 60;
	}

	@Override
	protected Callable<Integer> step() {
		return _attendanceLocalService::sendAttendanceReminders;
	}

	@Reference
	private AttendanceLocalService _attendanceLocalService;

}
