/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.survey.model.SurveyDispatch;

/**
 * Provides the remote service utility for SurveyDispatch. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyDispatchServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyDispatchService
 * @generated
 */
public class SurveyDispatchServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyDispatchServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static SurveyDispatch addSurveyDispatch(
			long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurveyDispatch(
			surveyId, methodId, courseSessionIds, triggerType, delayDays,
			windowStartDate, closeDate, reminderIntervalDays, maxReminders,
			serviceContext);
	}

	/**
	 * Deletes a dispatch that has mailed nothing; one that has is closed instead (the local service refuses it).
	 */
	public static SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException {

		return getService().deleteSurveyDispatch(surveyDispatchId);
	}

	public static se.livsviktig.survey.model.DispatchProgress
			getDispatchProgress(long surveyDispatchId)
		throws PortalException {

		return getService().getDispatchProgress(surveyDispatchId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static long[] getSurveyDispatchCourseSessionIds(
			long surveyDispatchId)
		throws PortalException {

		return getService().getSurveyDispatchCourseSessionIds(surveyDispatchId);
	}

	/**
	 * @return the survey's dispatches the caller may view
	 */
	public static List<SurveyDispatch> getSurveyDispatches(long surveyId)
		throws PortalException {

		return getService().getSurveyDispatches(surveyId);
	}

	public static SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders)
		throws PortalException {

		return getService().updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);
	}

	/**
	 * Saves the settings and the status in the local service's one transaction.
	 */
	public static SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders, int status)
		throws PortalException {

		return getService().updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, status);
	}

	public static SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException {

		return getService().updateSurveyDispatchStatus(
			surveyDispatchId, status);
	}

	public static SurveyDispatchService getService() {
		return _service;
	}

	public static void setService(SurveyDispatchService service) {
		_service = service;
	}

	private static volatile SurveyDispatchService _service;

}