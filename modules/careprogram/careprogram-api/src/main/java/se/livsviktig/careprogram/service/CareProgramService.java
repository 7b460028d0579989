/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * Provides the remote service interface for CareProgram. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see CareProgramServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CareProgramService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the care program remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CareProgramServiceUtil} if injection and service tracking are not available.
	 */
	public CareProgram addCareProgram(
			long groupId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The seed button: only for those who manage the site's programmes.
	 */
	public List<CareProgram> addNationalCarePrograms(
			long groupId, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Adds the site's "Målgrupp" vocabulary, or finds it if it exists (an action: pages only find it, with the local
	 * fetchTargetGroupVocabulary). Needs MANAGE_CARE_PROGRAMS in the site.
	 */
	public AssetVocabulary addTargetGroupVocabulary(long groupId)
		throws PortalException;

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the programme (its permission logic).
	 */
	public CareProgram confirmCareProgramReview(
			long careProgramId, String comment)
		throws PortalException;

	public CareProgram deleteCareProgram(long careProgramId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CareProgram getCareProgram(long careProgramId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getContactUserIds(long careProgramId) throws PortalException;

	/**
	 * @return the site's programmes the caller may view, from start to end of those, in one statement
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> getGroupCarePrograms(
			long groupId, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getMethodIds(long careProgramId) throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getTargetGroupCategoryIds(long careProgramId)
		throws PortalException;

	/**
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @return the matching programmes the caller may view, from start to end of those, in one statement
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, int start, int end)
		throws PortalException;

	/**
	 * @return the number of rows of every page of searchCarePrograms, with the same permission condition
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState)
		throws PortalException;

	public CareProgram updateCareProgram(
			long careProgramId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException;

}