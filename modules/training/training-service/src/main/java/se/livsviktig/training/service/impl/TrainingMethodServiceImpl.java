package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingMethodTable;
import se.livsviktig.training.service.base.TrainingMethodServiceBaseImpl;

/**
 * Checks the caller's permission, then delegates to the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=TrainingMethod"
	},
	service = AopService.class
)
public class TrainingMethodServiceImpl extends TrainingMethodServiceBaseImpl {

	@Override
	public TrainingMethod addTrainingMethod(
			long groupId, String externalReferenceCode,
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			TrainingActionKeys.ADD_TRAINING_METHOD);

		return trainingMethodLocalService.addTrainingMethod(
			getUserId(), groupId, externalReferenceCode, nameMap,
			descriptionMap, certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	@Override
	public TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException {

		_trainingMethodModelResourcePermission.check(
			getPermissionChecker(), trainingMethodId, ActionKeys.DELETE);

		return trainingMethodLocalService.deleteTrainingMethod(
			trainingMethodId);
	}

	@Override
	public TrainingMethod getTrainingMethod(long trainingMethodId)
		throws PortalException {

		_trainingMethodModelResourcePermission.check(
			getPermissionChecker(), trainingMethodId, ActionKeys.VIEW);

		return trainingMethodLocalService.getTrainingMethod(trainingMethodId);
	}

	/**
	 * Only the methods the caller may view: the database filters by permission, so paging stays right.
	 */
	@Override
	public List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end) {

		return trainingMethodPersistence.filterFindByG_S(
			groupId, status, start, end);
	}

	@Override
	public int getTrainingMethodsCount(long groupId, int status) {
		return trainingMethodPersistence.filterCountByG_S(groupId, status);
	}

	/**
	 * The coordinators' list: the site's methods the caller may view, filtered by the database.
	 */
	@Override
	public List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return trainingMethodLocalService.searchTrainingMethods(
			groupId, keywords, status,
			_inlineSQLHelper.getPermissionWherePredicate(
				TrainingMethod.class,
				TrainingMethodTable.INSTANCE.trainingMethodId, groupId),
			start, end, orderByComparator);
	}

	@Override
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status) {

		return trainingMethodLocalService.searchTrainingMethodsCount(
			groupId, keywords, status,
			_inlineSQLHelper.getPermissionWherePredicate(
				TrainingMethod.class,
				TrainingMethodTable.INSTANCE.trainingMethodId, groupId));
	}

	@Override
	public TrainingMethod updateStatus(long trainingMethodId, int status)
		throws PortalException {

		_trainingMethodModelResourcePermission.check(
			getPermissionChecker(), trainingMethodId, ActionKeys.UPDATE);

		return trainingMethodLocalService.updateStatus(
			getUserId(), trainingMethodId, status);
	}

	@Override
	public TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<Locale, String> nameMap,
			Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException {

		_trainingMethodModelResourcePermission.check(
			getPermissionChecker(), trainingMethodId, ActionKeys.UPDATE);

		return trainingMethodLocalService.updateTrainingMethod(
			trainingMethodId, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	@Reference
	private InlineSQLHelper _inlineSQLHelper;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.TrainingMethod)"
	)
	private ModelResourcePermission<TrainingMethod>
		_trainingMethodModelResourcePermission;

}
