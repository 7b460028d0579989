/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link InstructorFiguresLocalService}.
 *
 * @author Livsviktig
 * @see InstructorFiguresLocalService
 * @generated
 */
public class InstructorFiguresLocalServiceWrapper
	implements InstructorFiguresLocalService,
			   ServiceWrapper<InstructorFiguresLocalService> {

	public InstructorFiguresLocalServiceWrapper() {
		this(null);
	}

	public InstructorFiguresLocalServiceWrapper(
		InstructorFiguresLocalService instructorFiguresLocalService) {

		_instructorFiguresLocalService = instructorFiguresLocalService;
	}

	/**
	 * Instructors who delivered at least one session of the method whose last date ended in [from, to), by
	 * training's rule of a delivered session ({@code SessionInstructorLocalService.getDeliveredSessionCounts}, one
	 * GROUP BY by instructor and method): the sessions licence upkeep counts.
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.figures.InstructorCount>
		getActiveInstructorCounts(
			long companyId, java.util.Date from, java.util.Date to) {

		return _instructorFiguresLocalService.getActiveInstructorCounts(
			companyId, from, to);
	}

	/**
	 * Instructors whom a certification active at the moment covers, each once per cell, in one GROUP BY: who the
	 * qualification check lets teach the method on that day.
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.figures.InstructorCount>
		getCertifiedInstructorCounts(long companyId, java.util.Date asOf) {

		return _instructorFiguresLocalService.getCertifiedInstructorCounts(
			companyId, asOf);
	}

	/**
	 * Instructors per cell and licence standing (ok, at risk, lapsed) as {@code LicenceStandingLocalService} would
	 * have given them at the moment, from its three statements (the certifications active then, the methods'
	 * rules and training's delivered sessions up to the moment) and the attribution's one.
	 */
	@Override
	public java.util.List
		<se.livsviktig.instructor.figures.InstructorStandingCount>
			getInstructorStandingCounts(long companyId, java.util.Date asOf) {

		return _instructorFiguresLocalService.getInstructorStandingCounts(
			companyId, asOf);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _instructorFiguresLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * As {@link #getActiveInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.figures.InstructorCount>
		getRolledUpActiveInstructorCounts(
			long companyId, long parentOrganizationId, java.util.Date from,
			java.util.Date to) {

		return _instructorFiguresLocalService.getRolledUpActiveInstructorCounts(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * As {@link #getCertifiedInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree, in one GROUP BY: a holder counts once per child.
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.figures.InstructorCount>
		getRolledUpCertifiedInstructorCounts(
			long companyId, long parentOrganizationId, java.util.Date asOf) {

		return _instructorFiguresLocalService.
			getRolledUpCertifiedInstructorCounts(
				companyId, parentOrganizationId, asOf);
	}

	/**
	 * As {@link #getInstructorStandingCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Override
	public java.util.List
		<se.livsviktig.instructor.figures.InstructorStandingCount>
			getRolledUpInstructorStandingCounts(
				long companyId, long parentOrganizationId,
				java.util.Date asOf) {

		return _instructorFiguresLocalService.
			getRolledUpInstructorStandingCounts(
				companyId, parentOrganizationId, asOf);
	}

	@Override
	public InstructorFiguresLocalService getWrappedService() {
		return _instructorFiguresLocalService;
	}

	@Override
	public void setWrappedService(
		InstructorFiguresLocalService instructorFiguresLocalService) {

		_instructorFiguresLocalService = instructorFiguresLocalService;
	}

	private InstructorFiguresLocalService _instructorFiguresLocalService;

}