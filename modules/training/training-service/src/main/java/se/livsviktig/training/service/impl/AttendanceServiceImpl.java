package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.base.AttendanceServiceBaseImpl;

/**
 * Attendance is marked by those who may mark it on the session (its instructors, coordinators); a
 * participant may only check themselves in, with the code.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=Attendance"
	},
	service = AopService.class
)
public class AttendanceServiceImpl extends AttendanceServiceBaseImpl {

	@Override
	public Attendance checkIn(long courseSessionId, String code)
		throws PortalException {

		return attendanceLocalService.checkIn(
			getUserId(), courseSessionId, code);
	}

	/**
	 * The session's dates with their self check-in codes, for those who may mark attendance on it (its
	 * accepted instructors, coordinators) and nobody else: a code shown to a participant would let them check
	 * in without being there.
	 */
	@Override
	public List<SessionDate> getCheckInSessionDates(long courseSessionId)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.MARK_ATTENDANCE);

		return sessionDatePersistence.findByCourseSessionId(courseSessionId);
	}

	@Override
	public List<Attendance> getSessionDateAttendances(long sessionDateId)
		throws PortalException {

		SessionDate sessionDate = sessionDatePersistence.findByPrimaryKey(
			sessionDateId);

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), sessionDate.getCourseSessionId(),
			TrainingActionKeys.VIEW_PARTICIPANTS);

		return attendanceLocalService.getSessionDateAttendances(sessionDateId);
	}

	@Override
	public Attendance markAttendance(
			long sessionDateId, long registrationId, boolean present)
		throws PortalException {

		_checkMarkAttendance(sessionDateId);

		return attendanceLocalService.markAttendance(
			getUserId(), sessionDateId, registrationId, present);
	}

	@Override
	public List<Attendance> markAttendances(
			long sessionDateId, long[] presentRegistrationIds,
			long[] absentRegistrationIds)
		throws PortalException {

		_checkMarkAttendance(sessionDateId);

		return attendanceLocalService.markAttendances(
			getUserId(), sessionDateId, presentRegistrationIds,
			absentRegistrationIds);
	}

	private void _checkMarkAttendance(long sessionDateId)
		throws PortalException {

		SessionDate sessionDate = sessionDatePersistence.findByPrimaryKey(
			sessionDateId);

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), sessionDate.getCourseSessionId(),
			TrainingActionKeys.MARK_ATTENDANCE);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

}
