/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;

/**
 * Provides the local service interface for SurveyFigures. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see SurveyFiguresLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyFiguresLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyFiguresLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey figures local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyFiguresLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Per administration and method, the responses of days in [from, to) to a follow-up survey that answered its
	 * first yes/no question, and the yes answers.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FollowUpOutcomeFigures> getFollowUpOutcomeFigures(
			long companyId, Date from, Date to)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Per administration and method, the invitations first mailed in [from, to) and those of them answered.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ResponseRateFigures> getResponseRateFigures(
			long companyId, Date from, Date to)
		throws PortalException;

	/**
	 * The key outcome with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FollowUpOutcomeFigures> getRolledUpFollowUpOutcomeFigures(
			long companyId, long parentOrganizationId, Date from, Date to)
		throws PortalException;

	/**
	 * The response rate with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ResponseRateFigures> getRolledUpResponseRateFigures(
			long companyId, long parentOrganizationId, Date from, Date to)
		throws PortalException;

}