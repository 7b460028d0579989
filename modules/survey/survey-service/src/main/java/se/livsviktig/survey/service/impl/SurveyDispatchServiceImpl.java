package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.base.SurveyDispatchServiceBaseImpl;

/**
 * The remote dispatch service: each method checks the caller's permission through the survey's or the dispatch's
 * model resource permission (whoever may manage the site's surveys passes both), then calls the local service.
 * Starting a dispatch sends a survey, so it asks for UPDATE on the survey.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvsurvey",
		"json.web.service.context.path=SurveyDispatch"
	},
	service = AopService.class
)
public class SurveyDispatchServiceImpl extends SurveyDispatchServiceBaseImpl {

	@Override
	public SurveyDispatch addSurveyDispatch(
			long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			ServiceContext serviceContext)
		throws PortalException {

		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.UPDATE);

		return surveyDispatchLocalService.addSurveyDispatch(
			getUserId(), surveyId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, serviceContext);
	}

	/**
	 * Deletes a dispatch that has mailed nothing; one that has is closed instead (the local service refuses it).
	 */
	@Override
	public SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.DELETE);

		return surveyDispatchLocalService.deleteSurveyDispatch(
			surveyDispatchId);
	}

	@Override
	public DispatchProgress getDispatchProgress(long surveyDispatchId)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.VIEW);

		return surveyDispatchLocalService.getDispatchProgress(
			surveyDispatchId);
	}

	/**
	 * @return the survey's dispatches the caller may view
	 */
	@Override
	public List<SurveyDispatch> getSurveyDispatches(long surveyId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_surveyModelResourcePermission.check(
			permissionChecker, surveyId, ActionKeys.VIEW);

		List<SurveyDispatch> surveyDispatches = new ArrayList<>();

		for (SurveyDispatch surveyDispatch :
				surveyDispatchLocalService.getSurveyDispatches(surveyId)) {

			if (_surveyDispatchModelResourcePermission.contains(
					permissionChecker, surveyDispatch, ActionKeys.VIEW)) {

				surveyDispatches.add(surveyDispatch);
			}
		}

		return surveyDispatches;
	}

	@Override
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.VIEW);

		return surveyDispatchLocalService.getSurveyDispatchCourseSessionIds(
			surveyDispatchId);
	}

	@Override
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.UPDATE);

		return surveyDispatchLocalService.updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);
	}

	/**
	 * Saves the settings and the status in the local service's one transaction.
	 */
	@Override
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			int status)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.UPDATE);

		return surveyDispatchLocalService.updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, status);
	}

	@Override
	public SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException {

		_surveyDispatchModelResourcePermission.check(
			getPermissionChecker(), surveyDispatchId, ActionKeys.UPDATE);

		return surveyDispatchLocalService.updateSurveyDispatchStatus(
			surveyDispatchId, status);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.survey.model.SurveyDispatch)"
	)
	private ModelResourcePermission<SurveyDispatch>
		_surveyDispatchModelResourcePermission;

	@Reference(target = "(model.class.name=se.livsviktig.survey.model.Survey)")
	private ModelResourcePermission<Survey> _surveyModelResourcePermission;

}
