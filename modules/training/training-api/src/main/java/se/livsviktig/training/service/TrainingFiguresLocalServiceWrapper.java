/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link TrainingFiguresLocalService}.
 *
 * @author Livsviktig
 * @see TrainingFiguresLocalService
 * @generated
 */
public class TrainingFiguresLocalServiceWrapper
	implements ServiceWrapper<TrainingFiguresLocalService>,
			   TrainingFiguresLocalService {

	public TrainingFiguresLocalServiceWrapper() {
		this(null);
	}

	public TrainingFiguresLocalServiceWrapper(
		TrainingFiguresLocalService trainingFiguresLocalService) {

		_trainingFiguresLocalService = trainingFiguresLocalService;
	}

	/**
	 * The registrations behind one figure: those it counts (one per person for distinct participants), or for a
	 * session family every registration of its sessions.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getFigureRegistrations(
			se.livsviktig.training.figures.TrainingFigureCell
				trainingFigureCell,
			int start, int end) {

		return _trainingFiguresLocalService.getFigureRegistrations(
			trainingFigureCell, start, end);
	}

	@Override
	public int getFigureRegistrationsCount(
		se.livsviktig.training.figures.TrainingFigureCell trainingFigureCell) {

		return _trainingFiguresLocalService.getFigureRegistrationsCount(
			trainingFigureCell);
	}

	/**
	 * The sessions behind one figure: those it counts, or for a person-based family the sessions of the
	 * registrations it counts.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getFigureSessions(
			se.livsviktig.training.figures.TrainingFigureCell
				trainingFigureCell,
			int start, int end) {

		return _trainingFiguresLocalService.getFigureSessions(
			trainingFigureCell, start, end);
	}

	@Override
	public int getFigureSessionsCount(
		se.livsviktig.training.figures.TrainingFigureCell trainingFigureCell) {

		return _trainingFiguresLocalService.getFigureSessionsCount(
			trainingFigureCell);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _trainingFiguresLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Registrations and their outcomes per registration organisation and training method, for the sessions
	 * whose first date is in [from, to).
	 */
	@Override
	public java.util.List<se.livsviktig.training.figures.ParticipantFigures>
		getParticipantFigures(
			long companyId, java.util.Date from, java.util.Date to) {

		return _trainingFiguresLocalService.getParticipantFigures(
			companyId, from, to);
	}

	/**
	 * The same figures with every child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	@Override
	public java.util.List<se.livsviktig.training.figures.ParticipantFigures>
		getRolledUpParticipantFigures(
			long companyId, long parentOrganizationId, java.util.Date from,
			java.util.Date to) {

		return _trainingFiguresLocalService.getRolledUpParticipantFigures(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * Sessions held and cancelled per training method, for the sessions whose first date is in [from, to).
	 *
	 * @param now held means its last date ended before this moment
	 */
	@Override
	public java.util.List<se.livsviktig.training.figures.SessionFigures>
		getSessionFigures(
			long companyId, java.util.Date from, java.util.Date to,
			java.util.Date now) {

		return _trainingFiguresLocalService.getSessionFigures(
			companyId, from, to, now);
	}

	@Override
	public TrainingFiguresLocalService getWrappedService() {
		return _trainingFiguresLocalService;
	}

	@Override
	public void setWrappedService(
		TrainingFiguresLocalService trainingFiguresLocalService) {

		_trainingFiguresLocalService = trainingFiguresLocalService;
	}

	private TrainingFiguresLocalService _trainingFiguresLocalService;

}