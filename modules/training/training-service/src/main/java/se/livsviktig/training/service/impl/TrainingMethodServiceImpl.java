package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.ListUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.security.permission.GroupWideUpdate;
import se.livsviktig.training.internal.security.permission.StatusVisibility;
import se.livsviktig.training.internal.security.permission.ViewableModels;
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

	/**
	 * Training methods are the company's: every site's courses and every instructor's certification refer to
	 * the same ones. So a method is added to the company's group (the Global site) of the group given, and
	 * adding one needs ADD_TRAINING_METHOD there: a regular role's grant, which holds in every site, or the
	 * Global site's own. A grant on one site does not let its coordinators change what every site uses.
	 */
	@Override
	public TrainingMethod addTrainingMethod(
			long groupId, String externalReferenceCode,
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException {

		Group group = _groupLocalService.getGroup(groupId);

		Group companyGroup = _groupLocalService.getCompanyGroup(
			group.getCompanyId());

		_portletResourcePermission.check(
			getPermissionChecker(), companyGroup.getGroupId(),
			TrainingActionKeys.ADD_TRAINING_METHOD);

		return trainingMethodLocalService.addTrainingMethod(
			getUserId(), companyGroup.getGroupId(), externalReferenceCode,
			nameMap,
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
	 * Only the methods the caller may view. Archived methods only to those who may update them.
	 */
	@Override
	public List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end) {

		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEveryMethod(groupId)) {

			// A company has a handful of methods and every catalogue render asks for them. So the rows come from
			// the finder cache (findByG_S, the whole list: one cache entry), VIEW is asked of each row's model
			// permission (the permission checker's cache), and then the page is cut. The generated
			// filterFindByG_S sent its inline permission SQL to the database on every render (issue 14).

			return ListUtil.subList(
				_getViewableTrainingMethods(groupId, status), start, end);
		}

		return searchTrainingMethods(groupId, null, status, start, end, null);
	}

	@Override
	public int getTrainingMethodsCount(long groupId, int status) {
		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEveryMethod(groupId)) {

			List<TrainingMethod> trainingMethods =
				_getViewableTrainingMethods(groupId, status);

			return trainingMethods.size();
		}

		return searchTrainingMethodsCount(groupId, null, status);
	}

	/**
	 * The coordinators' list: the company's methods the caller may view, archived ones only when the caller
	 * may update them, filtered by the database.
	 */
	@Override
	public List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return trainingMethodLocalService.searchTrainingMethods(
			groupId, keywords, status, _getPermissionPredicate(groupId), start,
			end, orderByComparator);
	}

	@Override
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status) {

		return trainingMethodLocalService.searchTrainingMethodsCount(
			groupId, keywords, status, _getPermissionPredicate(groupId));
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

	/**
	 * No permission checker, no rows: a remote call without a caller sees nothing.
	 */
	private List<TrainingMethod> _getViewableTrainingMethods(
		long groupId, int status) {

		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if (permissionChecker == null) {
			return Collections.emptyList();
		}

		ViewableModels<TrainingMethod> viewableModels = new ViewableModels<>(
			_trainingMethodModelResourcePermission);

		return viewableModels.filter(
			permissionChecker,
			trainingMethodPersistence.findByG_S(groupId, status));
	}

	private Predicate _getPermissionPredicate(long groupId) {
		return Predicate.and(
			_inlineSQLHelper.getPermissionWherePredicate(
				TrainingMethod.class,
				TrainingMethodTable.INSTANCE.trainingMethodId, groupId),
			_STATUS_VISIBILITY.getPredicate(
				_mayUpdateEveryMethod(groupId),
				GroupWideUpdate.getUserId()));
	}

	/**
	 * A role granted UPDATE on the company's methods as a whole (methods carry no coordinator logic).
	 */
	private boolean _mayUpdateEveryMethod(long groupId) {
		return GroupWideUpdate.isAllowed(
			groupId, TrainingMethod.class.getName(), null);
	}

	private static final StatusVisibility<TrainingMethodTable>
		_STATUS_VISIBILITY = new StatusVisibility<>(
			TrainingMethodTable.INSTANCE.status,
			TrainingMethodTable.INSTANCE.userId,
			WorkflowConstants.STATUS_APPROVED);

	@Reference
	private GroupLocalService _groupLocalService;

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
