/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * Provides the remote service utility for CareProgram. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.CareProgramServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CareProgramService
 * @generated
 */
public class CareProgramServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static CareProgram addCareProgram(
			long groupId, Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCareProgram(
			groupId, titleMap, articleResourcePrimKey, nationalURL, ownerUserId,
			reviewIntervalMonths, targetGroupCategoryIds, methodIds,
			contactUserIds, serviceContext);
	}

	/**
	 * The seed button: only for those who manage the site's programmes.
	 */
	public static List<CareProgram> addNationalCarePrograms(
			long groupId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNationalCarePrograms(groupId, serviceContext);
	}

	/**
	 * Adds the site's "Målgrupp" vocabulary, or finds it if it exists (an action: pages only find it, with the local
	 * fetchTargetGroupVocabulary). Needs MANAGE_CARE_PROGRAMS in the site.
	 */
	public static com.liferay.asset.kernel.model.AssetVocabulary
			addTargetGroupVocabulary(long groupId)
		throws PortalException {

		return getService().addTargetGroupVocabulary(groupId);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the programme (its permission logic).
	 */
	public static CareProgram confirmCareProgramReview(
			long careProgramId, String comment)
		throws PortalException {

		return getService().confirmCareProgramReview(careProgramId, comment);
	}

	public static CareProgram deleteCareProgram(long careProgramId)
		throws PortalException {

		return getService().deleteCareProgram(careProgramId);
	}

	public static CareProgram getCareProgram(long careProgramId)
		throws PortalException {

		return getService().getCareProgram(careProgramId);
	}

	public static long[] getContactUserIds(long careProgramId)
		throws PortalException {

		return getService().getContactUserIds(careProgramId);
	}

	/**
	 * @return the site's programmes the caller may view, from start to end of those, in one statement
	 */
	public static List<CareProgram> getGroupCarePrograms(
			long groupId, int start, int end)
		throws PortalException {

		return getService().getGroupCarePrograms(groupId, start, end);
	}

	public static long[] getMethodIds(long careProgramId)
		throws PortalException {

		return getService().getMethodIds(careProgramId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static long[] getTargetGroupCategoryIds(long careProgramId)
		throws PortalException {

		return getService().getTargetGroupCategoryIds(careProgramId);
	}

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @return the matching programmes the caller may view, from start to end of those, in one statement
	 */
	public static List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, int start, int end)
		throws PortalException {

		return getService().searchCarePrograms(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, start, end);
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms, with the same permission condition
	 */
	public static int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState)
		throws PortalException {

		return getService().searchCareProgramsCount(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState);
	}

	public static CareProgram updateCareProgram(
			long careProgramId, Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException {

		return getService().updateCareProgram(
			careProgramId, titleMap, articleResourcePrimKey, nationalURL,
			ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
			methodIds, contactUserIds);
	}

	public static CareProgramService getService() {
		return _service;
	}

	public static void setService(CareProgramService service) {
		_service = service;
	}

	private static volatile CareProgramService _service;

}