/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link TrainingMethodService}.
 *
 * @author Livsviktig
 * @see TrainingMethodService
 * @generated
 */
public class TrainingMethodServiceWrapper
	implements ServiceWrapper<TrainingMethodService>, TrainingMethodService {

	public TrainingMethodServiceWrapper() {
		this(null);
	}

	public TrainingMethodServiceWrapper(
		TrainingMethodService trainingMethodService) {

		_trainingMethodService = trainingMethodService;
	}

	/**
	 * Training methods are the company's: every site's courses and every instructor's certification refer to
	 * the same ones. So a method is added to the company's group (the Global site) of the group given, and
	 * adding one needs ADD_TRAINING_METHOD there: a regular role's grant, which holds in every site, or the
	 * Global site's own. A grant on one site does not let its coordinators change what every site uses.
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod addTrainingMethod(
			long groupId, String externalReferenceCode,
			java.util.Map<java.util.Locale, String> nameMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodService.addTrainingMethod(
			groupId, externalReferenceCode, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod deleteTrainingMethod(
			long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodService.deleteTrainingMethod(trainingMethodId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _trainingMethodService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod getTrainingMethod(
			long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodService.getTrainingMethod(trainingMethodId);
	}

	/**
	 * Only the methods the caller may view. Archived methods only to those who may update them.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethods(long groupId, int status, int start, int end) {

		return _trainingMethodService.getTrainingMethods(
			groupId, status, start, end);
	}

	@Override
	public int getTrainingMethodsCount(long groupId, int status) {
		return _trainingMethodService.getTrainingMethodsCount(groupId, status);
	}

	/**
	 * The coordinators' list: the company's methods the caller may view, archived ones only when the caller
	 * may update them, filtered by the database.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		searchTrainingMethods(
			long groupId, String keywords, int status, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.TrainingMethod>
					orderByComparator) {

		return _trainingMethodService.searchTrainingMethods(
			groupId, keywords, status, start, end, orderByComparator);
	}

	@Override
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status) {

		return _trainingMethodService.searchTrainingMethodsCount(
			groupId, keywords, status);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod updateStatus(
			long trainingMethodId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodService.updateStatus(trainingMethodId, status);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod updateTrainingMethod(
			long trainingMethodId,
			java.util.Map<java.util.Locale, String> nameMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodService.updateTrainingMethod(
			trainingMethodId, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	@Override
	public TrainingMethodService getWrappedService() {
		return _trainingMethodService;
	}

	@Override
	public void setWrappedService(TrainingMethodService trainingMethodService) {
		_trainingMethodService = trainingMethodService;
	}

	private TrainingMethodService _trainingMethodService;

}