/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;
import java.util.Map;

import se.livsviktig.training.model.TrainingMethod;

/**
 * Provides the remote service utility for TrainingMethod. This utility wraps
 * <code>se.livsviktig.training.service.impl.TrainingMethodServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see TrainingMethodService
 * @generated
 */
public class TrainingMethodServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingMethodServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Training methods are the company's: every site's courses and every instructor's certification refer to
	 * the same ones. So a method is added to the company's group (the Global site) of the group given, and
	 * adding one needs ADD_TRAINING_METHOD there: a regular role's grant, which holds in every site, or the
	 * Global site's own. A grant on one site does not let its coordinators change what every site uses.
	 */
	public static TrainingMethod addTrainingMethod(
			long groupId, String externalReferenceCode,
			Map<java.util.Locale, String> nameMap,
			Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addTrainingMethod(
			groupId, externalReferenceCode, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	public static TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException {

		return getService().deleteTrainingMethod(trainingMethodId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static TrainingMethod getTrainingMethod(long trainingMethodId)
		throws PortalException {

		return getService().getTrainingMethod(trainingMethodId);
	}

	/**
	 * Only the methods the caller may view. Archived methods only to those who may update them.
	 */
	public static List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end) {

		return getService().getTrainingMethods(groupId, status, start, end);
	}

	public static int getTrainingMethodsCount(long groupId, int status) {
		return getService().getTrainingMethodsCount(groupId, status);
	}

	/**
	 * The coordinators' list: the company's methods the caller may view, archived ones only when the caller
	 * may update them, filtered by the database.
	 */
	public static List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getService().searchTrainingMethods(
			groupId, keywords, status, start, end, orderByComparator);
	}

	public static int searchTrainingMethodsCount(
		long groupId, String keywords, int status) {

		return getService().searchTrainingMethodsCount(
			groupId, keywords, status);
	}

	public static TrainingMethod updateStatus(long trainingMethodId, int status)
		throws PortalException {

		return getService().updateStatus(trainingMethodId, status);
	}

	public static TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<java.util.Locale, String> nameMap,
			Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateTrainingMethod(
			trainingMethodId, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	public static TrainingMethodService getService() {
		return _service;
	}

	public static void setService(TrainingMethodService service) {
		_service = service;
	}

	private static volatile TrainingMethodService _service;

}