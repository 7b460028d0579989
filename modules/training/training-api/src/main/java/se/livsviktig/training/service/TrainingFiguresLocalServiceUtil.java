/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import java.util.List;

/**
 * Provides the local service utility for TrainingFigures. This utility wraps
 * <code>se.livsviktig.training.service.impl.TrainingFiguresLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see TrainingFiguresLocalService
 * @generated
 */
public class TrainingFiguresLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingFiguresLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The registrations behind one figure: those it counts (one per person for distinct participants), or for a
	 * session family every registration of its sessions.
	 */
	public static List<se.livsviktig.training.model.Registration>
		getFigureRegistrations(
			se.livsviktig.training.figures.TrainingFigureCell
				trainingFigureCell,
			int start, int end) {

		return getService().getFigureRegistrations(
			trainingFigureCell, start, end);
	}

	public static int getFigureRegistrationsCount(
		se.livsviktig.training.figures.TrainingFigureCell trainingFigureCell) {

		return getService().getFigureRegistrationsCount(trainingFigureCell);
	}

	/**
	 * The sessions behind one figure: those it counts, or for a person-based family the sessions of the
	 * registrations it counts.
	 */
	public static List<se.livsviktig.training.model.CourseSession>
		getFigureSessions(
			se.livsviktig.training.figures.TrainingFigureCell
				trainingFigureCell,
			int start, int end) {

		return getService().getFigureSessions(trainingFigureCell, start, end);
	}

	public static int getFigureSessionsCount(
		se.livsviktig.training.figures.TrainingFigureCell trainingFigureCell) {

		return getService().getFigureSessionsCount(trainingFigureCell);
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
	 * Registrations and their outcomes per registration organisation and training method, for the sessions
	 * whose first date is in [from, to).
	 */
	public static List<se.livsviktig.training.figures.ParticipantFigures>
		getParticipantFigures(
			long companyId, java.util.Date from, java.util.Date to) {

		return getService().getParticipantFigures(companyId, from, to);
	}

	/**
	 * The same figures with every child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	public static List<se.livsviktig.training.figures.ParticipantFigures>
		getRolledUpParticipantFigures(
			long companyId, long parentOrganizationId, java.util.Date from,
			java.util.Date to) {

		return getService().getRolledUpParticipantFigures(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * Sessions held and cancelled per training method, for the sessions whose first date is in [from, to).
	 *
	 * @param now held means its last date ended before this moment
	 */
	public static List<se.livsviktig.training.figures.SessionFigures>
		getSessionFigures(
			long companyId, java.util.Date from, java.util.Date to,
			java.util.Date now) {

		return getService().getSessionFigures(companyId, from, to, now);
	}

	public static TrainingFiguresLocalService getService() {
		return _service;
	}

	public static void setService(TrainingFiguresLocalService service) {
		_service = service;
	}

	private static volatile TrainingFiguresLocalService _service;

}