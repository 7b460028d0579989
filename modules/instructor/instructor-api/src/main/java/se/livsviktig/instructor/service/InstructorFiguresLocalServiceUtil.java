/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import java.util.List;

/**
 * Provides the local service utility for InstructorFigures. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.InstructorFiguresLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see InstructorFiguresLocalService
 * @generated
 */
public class InstructorFiguresLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorFiguresLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Instructors who delivered at least one session of the method whose last date ended in [from, to), by
	 * training's rule of a delivered session ({@code SessionInstructorLocalService.getDeliveredSessionCounts}, one
	 * GROUP BY by instructor and method): the sessions licence upkeep counts.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorCount>
		getActiveInstructorCounts(
			long companyId, java.util.Date from, java.util.Date to) {

		return getService().getActiveInstructorCounts(companyId, from, to);
	}

	/**
	 * Instructors whom a certification active at the moment covers, each once per cell, in one GROUP BY: who the
	 * qualification check lets teach the method on that day.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorCount>
		getCertifiedInstructorCounts(long companyId, java.util.Date asOf) {

		return getService().getCertifiedInstructorCounts(companyId, asOf);
	}

	/**
	 * Instructors per cell and licence standing (ok, at risk, lapsed) as {@code LicenceStandingLocalService} would
	 * have given them at the moment, from its three statements (the certifications active then, the methods'
	 * rules and training's delivered sessions up to the moment) and the attribution's one.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorStandingCount>
		getInstructorStandingCounts(long companyId, java.util.Date asOf) {

		return getService().getInstructorStandingCounts(companyId, asOf);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * As {@link #getActiveInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorCount>
		getRolledUpActiveInstructorCounts(
			long companyId, long parentOrganizationId, java.util.Date from,
			java.util.Date to) {

		return getService().getRolledUpActiveInstructorCounts(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * As {@link #getCertifiedInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree, in one GROUP BY: a holder counts once per child.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorCount>
		getRolledUpCertifiedInstructorCounts(
			long companyId, long parentOrganizationId, java.util.Date asOf) {

		return getService().getRolledUpCertifiedInstructorCounts(
			companyId, parentOrganizationId, asOf);
	}

	/**
	 * As {@link #getInstructorStandingCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	public static List<se.livsviktig.instructor.figures.InstructorStandingCount>
		getRolledUpInstructorStandingCounts(
			long companyId, long parentOrganizationId, java.util.Date asOf) {

		return getService().getRolledUpInstructorStandingCounts(
			companyId, parentOrganizationId, asOf);
	}

	public static InstructorFiguresLocalService getService() {
		return _service;
	}

	public static void setService(InstructorFiguresLocalService service) {
		_service = service;
	}

	private static volatile InstructorFiguresLocalService _service;

}