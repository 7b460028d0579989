/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.model.AdministrationHealth;

/**
 * Provides the local service interface for CareProgramHealth. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CareProgramHealthLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CareProgramHealthLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramHealthLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the care program health local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CareProgramHealthLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * @return per administration with routines on the site, in the order of its organizationId: its routines,
	 those reviewed on time (due today or later in the company's time zone) and the site's programmes it
	 has no routine for
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AdministrationHealth> getAdministrationHealth(long groupId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

}