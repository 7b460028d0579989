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

import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.period.ReportPeriod;

/**
 * Provides the remote service interface for ReportExportRow. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see ReportExportRowServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportExportRowService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportExportRowServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report export row remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportExportRowServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The site's mapping laid out with the period's figures of the administrations the reader may read
	 * ({@link ReportFiguresService#getFigures}, which checks that rule), every method.
	 *
	 * @param organizationId 0 for every administration (VIEW_REPORTS in the site), else one organisation
	 * @param rolledUp with an organisation: everything under it too
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportExportLine> getExportLines(
			long groupId, ReportPeriod reportPeriod, long organizationId,
			boolean rolledUp)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportExportMappingRow> getMapping(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasSavedMapping(long groupId) throws PortalException;

	public List<ReportExportRow> updateMapping(
			long groupId, List<ReportExportMappingRow> reportExportMappingRows)
		throws PortalException;

}