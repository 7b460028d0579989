package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MySessionsMessages;

/**
 * One date's attendance from the form: every participant listed ({@code registrationIds}) is marked present
 * when their box ({@code present}) is checked, absent otherwise; "mark all present" ({@code markAllPresent})
 * marks everyone listed present, without any script. One call to the remote service, which checks
 * MARK_ATTENDANCE on the session and saves all or nothing. The page returns to the same session and date.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_SESSIONS,
		"mvc.command.name=" + TrainingMVCCommandNames.MARK_ATTENDANCES
	},
	service = MVCActionCommand.class
)
public class MarkAttendancesMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long courseSessionId = ParamUtil.getLong(
			actionRequest, "courseSessionId");
		long sessionDateId = ParamUtil.getLong(actionRequest, "sessionDateId");

		MutableRenderParameters mutableRenderParameters =
			actionResponse.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_MY_SESSIONS);
		mutableRenderParameters.setValue(
			"courseSessionId", String.valueOf(courseSessionId));
		mutableRenderParameters.setValue(
			"sessionDateId", String.valueOf(sessionDateId));

		Set<Long> registrationIds = _toSet(
			GetterUtil.getLongValues(
				actionRequest.getParameterValues("registrationIds")));

		Set<Long> presentRegistrationIds = new LinkedHashSet<>(registrationIds);

		if (!ParamUtil.getBoolean(actionRequest, "markAllPresent")) {
			presentRegistrationIds.retainAll(
				_toSet(
					GetterUtil.getLongValues(
						actionRequest.getParameterValues("present"))));
		}

		List<Long> absentRegistrationIds = new ArrayList<>(registrationIds);

		absentRegistrationIds.removeAll(presentRegistrationIds);

		try {
			_attendanceService.markAttendances(
				sessionDateId, _toArray(presentRegistrationIds),
				_toArray(absentRegistrationIds));

			SessionMessages.add(
				actionRequest, MySessionsMessages.ATTENDANCE_SAVED);

			hideDefaultSuccessMessage(actionRequest);
		}
		catch (PortalException portalException) {
			Class<? extends PortalException> errorType =
				MySessionsMessages.getErrorType(
					MySessionsMessages.getAttendanceErrorKeys(),
					portalException);

			if (errorType == null) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, errorType.getName(), portalException);

			hideDefaultErrorMessage(actionRequest);
		}
	}

	private long[] _toArray(Iterable<Long> values) {
		List<Long> list = new ArrayList<>();

		values.forEach(list::add);

		long[] array = new long[list.size()];

		for (int i = 0; i < array.length; i++) {
			array[i] = list.get(i);
		}

		return array;
	}

	private Set<Long> _toSet(long[] values) {
		Set<Long> set = new LinkedHashSet<>();

		for (long value : values) {
			if (value > 0) {
				set.add(value);
			}
		}

		return set;
	}

	@Reference
	private AttendanceService _attendanceService;

}
