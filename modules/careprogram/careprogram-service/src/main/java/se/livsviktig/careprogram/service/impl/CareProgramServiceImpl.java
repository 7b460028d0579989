package se.livsviktig.careprogram.service.impl;

import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.internal.search.CareProgramSearchPredicate;
import se.livsviktig.careprogram.internal.security.permission.resource.ViewableCarePrograms;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.base.CareProgramServiceBaseImpl;

/**
 * The programmes as callers may see and change them: each method checks the caller's permission through the
 * portal's permission objects, then calls the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvcareprogram",
		"json.web.service.context.path=CareProgram"
	},
	service = AopService.class
)
public class CareProgramServiceImpl extends CareProgramServiceBaseImpl {

	/**
	 * Adds the site's "Målgrupp" vocabulary, or finds it if it exists (an action: pages only find it, with the local
	 * fetchTargetGroupVocabulary). Needs MANAGE_CARE_PROGRAMS in the site.
	 */
	@Override
	public AssetVocabulary addTargetGroupVocabulary(long groupId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		return careProgramLocalService.getTargetGroupVocabulary(
			getUserId(), groupId);
	}

	@Override
	public CareProgram addCareProgram(
			long groupId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		return careProgramLocalService.addCareProgram(
			getUserId(), groupId, titleMap, articleResourcePrimKey, nationalURL,
			ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
			methodIds, contactUserIds, serviceContext);
	}

	/**
	 * The seed button: only for those who manage the site's programmes.
	 */
	@Override
	public List<CareProgram> addNationalCarePrograms(
			long groupId, ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		return careProgramLocalService.addNationalCarePrograms(
			getUserId(), groupId, serviceContext);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the programme (its permission logic).
	 */
	@Override
	public CareProgram confirmCareProgramReview(
			long careProgramId, String comment)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId,
			CareProgramActionKeys.CONFIRM_REVIEW);

		return careProgramLocalService.confirmCareProgramReview(
			getUserId(), careProgramId, comment);
	}

	@Override
	public CareProgram deleteCareProgram(long careProgramId)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.DELETE);

		return careProgramLocalService.deleteCareProgram(careProgramId);
	}

	@Override
	public CareProgram getCareProgram(long careProgramId)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		return careProgramLocalService.getCareProgram(careProgramId);
	}

	@Override
	public long[] getContactUserIds(long careProgramId)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		return careProgramLocalService.getContactUserIds(careProgramId);
	}

	/**
	 * @return the site's programmes the caller may view, from start to end of those, in one statement
	 */
	@Override
	public List<CareProgram> getGroupCarePrograms(
			long groupId, int start, int end)
		throws PortalException {

		return careProgramLocalService.searchCarePrograms(
			groupId, null, 0, 0, CareProgramSearchPredicate.REVIEW_STATE_ANY,
			_viewablePredicate(groupId), start, end);
	}

	@Override
	public long[] getMethodIds(long careProgramId) throws PortalException {
		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		return careProgramLocalService.getMethodIds(careProgramId);
	}

	@Override
	public long[] getTargetGroupCategoryIds(long careProgramId)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		return careProgramLocalService.getTargetGroupCategoryIds(
			careProgramId);
	}

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @return the matching programmes the caller may view, from start to end of those, in one statement
	 */
	@Override
	public List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, int start, int end)
		throws PortalException {

		return careProgramLocalService.searchCarePrograms(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, _viewablePredicate(groupId), start, end);
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms, with the same permission condition
	 */
	@Override
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState)
		throws PortalException {

		return careProgramLocalService.searchCareProgramsCount(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, _viewablePredicate(groupId));
	}

	@Override
	public CareProgram updateCareProgram(
			long careProgramId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.UPDATE);

		return careProgramLocalService.updateCareProgram(
			getUserId(), careProgramId, titleMap, articleResourcePrimKey,
			nationalURL, ownerUserId, reviewIntervalMonths,
			targetGroupCategoryIds, methodIds, contactUserIds);
	}

	private Predicate _viewablePredicate(long groupId)
		throws PrincipalException {

		return new ViewableCarePrograms(
			_inlineSQLHelper, _portletResourcePermission
		).wherePredicate(
			getPermissionChecker(), groupId
		);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.CareProgram)"
	)
	private ModelResourcePermission<CareProgram>
		_careProgramModelResourcePermission;

	@Reference
	private InlineSQLHelper _inlineSQLHelper;

	@Reference(
		target = "(resource.name=" + CareProgramConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
