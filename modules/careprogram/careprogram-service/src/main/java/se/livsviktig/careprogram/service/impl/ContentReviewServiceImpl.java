package se.livsviktig.careprogram.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.base.ContentReviewServiceBaseImpl;

/**
 * The review log as callers may read it: a programme's or routine's by whoever may view it, a site's whole log by
 * those who manage its programmes.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvcareprogram",
		"json.web.service.context.path=ContentReview"
	},
	service = AopService.class
)
public class ContentReviewServiceImpl extends ContentReviewServiceBaseImpl {

	@Override
	public List<ContentReview> getCareProgramReviews(
			long careProgramId, int start, int end)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		return contentReviewLocalService.getCareProgramReviews(
			careProgramId, start, end);
	}

	@Override
	public List<ContentReview> getGroupReviews(
			long groupId, int start, int end)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		return contentReviewLocalService.getGroupReviews(groupId, start, end);
	}

	@Override
	public List<ContentReview> getLocalRoutineReviews(
			long localRoutineId, int start, int end)
		throws PortalException {

		_localRoutineModelResourcePermission.check(
			getPermissionChecker(), localRoutineId, ActionKeys.VIEW);

		return contentReviewLocalService.getLocalRoutineReviews(
			localRoutineId, start, end);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.CareProgram)"
	)
	private ModelResourcePermission<CareProgram>
		_careProgramModelResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.careprogram.model.LocalRoutine)"
	)
	private ModelResourcePermission<LocalRoutine>
		_localRoutineModelResourcePermission;

	@Reference(
		target = "(resource.name=" + CareProgramConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
