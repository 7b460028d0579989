/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;

/**
 * Provides the remote service interface for ReportDrillDown. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see ReportDrillDownServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportDrillDownService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportDrillDownServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report drill down remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportDrillDownServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getFigureRegistrations(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getFigureRegistrationsCount(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException;

	/**
	 * @param organizationId the figure's administration; rolled up, with its subtree (0: the whole company)
	 * @param trainingMethodId the figure's method, or 0 for every method
	 * @param sex the figure's sex ({@code ReportSexes}), or "" for every sex; session figures are not split by sex
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getFigureSessions(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getFigureSessionsCount(
			long groupId, String figureKey, ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

}