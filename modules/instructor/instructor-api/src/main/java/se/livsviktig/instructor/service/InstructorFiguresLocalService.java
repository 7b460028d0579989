/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;

/**
 * Provides the local service interface for InstructorFigures. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see InstructorFiguresLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface InstructorFiguresLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorFiguresLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the instructor figures local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link InstructorFiguresLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Instructors who delivered at least one session of the method whose last date ended in [from, to), by
	 * training's rule of a delivered session ({@code SessionInstructorLocalService.getDeliveredSessionCounts}, one
	 * GROUP BY by instructor and method): the sessions licence upkeep counts.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorCount> getActiveInstructorCounts(
		long companyId, Date from, Date to);

	/**
	 * Instructors whom a certification active at the moment covers, each once per cell, in one GROUP BY: who the
	 * qualification check lets teach the method on that day.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorCount> getCertifiedInstructorCounts(
		long companyId, Date asOf);

	/**
	 * Instructors per cell and licence standing (ok, at risk, lapsed) as {@code LicenceStandingLocalService} would
	 * have given them at the moment, from its three statements (the certifications active then, the methods'
	 * rules and training's delivered sessions up to the moment) and the attribution's one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorStandingCount> getInstructorStandingCounts(
		long companyId, Date asOf);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * As {@link #getActiveInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorCount> getRolledUpActiveInstructorCounts(
		long companyId, long parentOrganizationId, Date from, Date to);

	/**
	 * As {@link #getCertifiedInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree, in one GROUP BY: a holder counts once per child.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorCount> getRolledUpCertifiedInstructorCounts(
		long companyId, long parentOrganizationId, Date asOf);

	/**
	 * As {@link #getInstructorStandingCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorStandingCount> getRolledUpInstructorStandingCounts(
		long companyId, long parentOrganizationId, Date asOf);

}