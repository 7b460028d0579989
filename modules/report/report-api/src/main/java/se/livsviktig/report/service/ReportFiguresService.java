/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;

/**
 * Provides the remote service interface for ReportFigures. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see ReportFiguresServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportFiguresService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFiguresServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report figures remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportFiguresServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Every frozen figure of a freeze beside its value today, the unchanged ones too, read by whoever may read the
	 * freeze's administrations.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigureDifference> getComparison(long reportFreezeId)
		throws PortalException;

	/**
	 * The frozen figures of a freeze whose value today is different, read by whoever may read the freeze's
	 * administrations.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigureDifference> getDifferences(long reportFreezeId)
		throws PortalException;

	/**
	 * Today's figures of sessions whose first date is in [from, to), of the administrations the reader may read.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: its sub-organisations, each with everything under it; without: the
	 organisation's own registrations
	 * @param trainingMethodId one method, or 0 for every method
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFigure> getFigures(
			long groupId, Date from, Date to, long organizationId,
			boolean rolledUp, long trainingMethodId)
		throws PortalException;

	/**
	 * The administrations the reader may choose: with VIEW_REPORTS in the site, the company's top-level ones;
	 * otherwise the reader's own organisations in which VIEW_REPORTS is granted.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Organization> getOrganizations(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

}