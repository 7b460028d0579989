package se.livsviktig.careprogram.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.base.LocalRoutineServiceBaseImpl;

/**
 * The routines as callers may see and change them: each method checks the caller's permission through the
 * portal's permission objects, then calls the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvcareprogram",
		"json.web.service.context.path=LocalRoutine"
	},
	service = AopService.class
)
public class LocalRoutineServiceImpl extends LocalRoutineServiceBaseImpl {

	/**
	 * Adding a routine to a programme takes UPDATE on the programme (the site's editors have it).
	 */
	@Override
	public LocalRoutine addLocalRoutine(
			long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths, ServiceContext serviceContext)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.UPDATE);

		return localRoutineLocalService.addLocalRoutine(
			getUserId(), careProgramId, organizationId, articleResourcePrimKey,
			ownerUserId, reviewIntervalMonths, serviceContext);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the routine (its permission logic).
	 */
	@Override
	public LocalRoutine confirmLocalRoutineReview(
			long localRoutineId, String comment)
		throws PortalException {

		_localRoutineModelResourcePermission.check(
			getPermissionChecker(), localRoutineId,
			CareProgramActionKeys.CONFIRM_REVIEW);

		return localRoutineLocalService.confirmLocalRoutineReview(
			getUserId(), localRoutineId, comment);
	}

	@Override
	public LocalRoutine deleteLocalRoutine(long localRoutineId)
		throws PortalException {

		_localRoutineModelResourcePermission.check(
			getPermissionChecker(), localRoutineId, ActionKeys.DELETE);

		return localRoutineLocalService.deleteLocalRoutine(localRoutineId);
	}

	/**
	 * @return the programme's routines the caller may view, if the caller may view the programme
	 */
	@Override
	public List<LocalRoutine> getCareProgramLocalRoutines(long careProgramId)
		throws PortalException {

		_careProgramModelResourcePermission.check(
			getPermissionChecker(), careProgramId, ActionKeys.VIEW);

		PermissionChecker permissionChecker = getPermissionChecker();
		List<LocalRoutine> viewable = new ArrayList<>();

		for (LocalRoutine localRoutine :
				localRoutineLocalService.getCareProgramLocalRoutines(
					careProgramId)) {

			if (_localRoutineModelResourcePermission.contains(
					permissionChecker, localRoutine, ActionKeys.VIEW)) {

				viewable.add(localRoutine);
			}
		}

		return viewable;
	}

	/**
	 * "Mina granskningar": the routines the signed-in person owns, and nobody else's.
	 */
	@Override
	public List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId)
		throws PortalException {

		if (ownerUserId != getUserId()) {
			throw new PrincipalException(
				"User " + getUserId() + " may not list the routines of " +
					ownerUserId);
		}

		return localRoutineLocalService.getOwnerLocalRoutines(ownerUserId);
	}

	@Override
	public LocalRoutine updateLocalRoutine(
			long localRoutineId, long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths)
		throws PortalException {

		_localRoutineModelResourcePermission.check(
			getPermissionChecker(), localRoutineId, ActionKeys.UPDATE);

		return localRoutineLocalService.updateLocalRoutine(
			getUserId(), localRoutineId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths);
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

}
