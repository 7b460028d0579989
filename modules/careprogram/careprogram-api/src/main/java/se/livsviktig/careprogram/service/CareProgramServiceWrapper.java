/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CareProgramService}.
 *
 * @author Livsviktig
 * @see CareProgramService
 * @generated
 */
public class CareProgramServiceWrapper
	implements CareProgramService, ServiceWrapper<CareProgramService> {

	public CareProgramServiceWrapper() {
		this(null);
	}

	public CareProgramServiceWrapper(CareProgramService careProgramService) {
		_careProgramService = careProgramService;
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram addCareProgram(
			long groupId, java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.addCareProgram(
			groupId, titleMap, articleResourcePrimKey, nationalURL, ownerUserId,
			reviewIntervalMonths, targetGroupCategoryIds, methodIds,
			contactUserIds, serviceContext);
	}

	/**
	 * The seed button: only for those who manage the site's programmes.
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
			addNationalCarePrograms(
				long groupId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.addNationalCarePrograms(
			groupId, serviceContext);
	}

	/**
	 * Adds the site's "Målgrupp" vocabulary, or finds it if it exists (an action: pages only find it, with the local
	 * fetchTargetGroupVocabulary). Needs MANAGE_CARE_PROGRAMS in the site.
	 */
	@Override
	public com.liferay.asset.kernel.model.AssetVocabulary
			addTargetGroupVocabulary(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.addTargetGroupVocabulary(groupId);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the programme (its permission logic).
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram confirmCareProgramReview(
			long careProgramId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.confirmCareProgramReview(
			careProgramId, comment);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram deleteCareProgram(
			long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.deleteCareProgram(careProgramId);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram getCareProgram(
			long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.getCareProgram(careProgramId);
	}

	@Override
	public long[] getContactUserIds(long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.getContactUserIds(careProgramId);
	}

	/**
	 * @return the site's programmes the caller may view, from start to end of those, in one statement
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
			getGroupCarePrograms(long groupId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.getGroupCarePrograms(groupId, start, end);
	}

	@Override
	public long[] getMethodIds(long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.getMethodIds(careProgramId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramService.getOSGiServiceIdentifier();
	}

	@Override
	public long[] getTargetGroupCategoryIds(long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.getTargetGroupCategoryIds(careProgramId);
	}

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @return the matching programmes the caller may view, from start to end of those, in one statement
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
			searchCarePrograms(
				long groupId, String keywords, long targetGroupCategoryId,
				long organizationId, int reviewState, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.searchCarePrograms(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, start, end);
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms, with the same permission condition
	 */
	@Override
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.searchCareProgramsCount(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram updateCareProgram(
			long careProgramId,
			java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramService.updateCareProgram(
			careProgramId, titleMap, articleResourcePrimKey, nationalURL,
			ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
			methodIds, contactUserIds);
	}

	@Override
	public CareProgramService getWrappedService() {
		return _careProgramService;
	}

	@Override
	public void setWrappedService(CareProgramService careProgramService) {
		_careProgramService = careProgramService;
	}

	private CareProgramService _careProgramService;

}