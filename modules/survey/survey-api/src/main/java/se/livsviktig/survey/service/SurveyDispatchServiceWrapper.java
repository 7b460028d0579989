/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyDispatchService}.
 *
 * @author Livsviktig
 * @see SurveyDispatchService
 * @generated
 */
public class SurveyDispatchServiceWrapper
	implements ServiceWrapper<SurveyDispatchService>, SurveyDispatchService {

	public SurveyDispatchServiceWrapper() {
		this(null);
	}

	public SurveyDispatchServiceWrapper(
		SurveyDispatchService surveyDispatchService) {

		_surveyDispatchService = surveyDispatchService;
	}

	@Override
	public se.livsviktig.survey.model.SurveyDispatch addSurveyDispatch(
			long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.addSurveyDispatch(
			surveyId, methodId, courseSessionIds, triggerType, delayDays,
			windowStartDate, closeDate, reminderIntervalDays, maxReminders,
			serviceContext);
	}

	/**
	 * Deletes a dispatch that has mailed nothing; one that has is closed instead (the local service refuses it).
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch deleteSurveyDispatch(
			long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.deleteSurveyDispatch(surveyDispatchId);
	}

	@Override
	public se.livsviktig.survey.model.DispatchProgress getDispatchProgress(
			long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.getDispatchProgress(surveyDispatchId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyDispatchService.getOSGiServiceIdentifier();
	}

	@Override
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.getSurveyDispatchCourseSessionIds(
			surveyDispatchId);
	}

	/**
	 * @return the survey's dispatches the caller may view
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
			getSurveyDispatches(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.getSurveyDispatches(surveyId);
	}

	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);
	}

	/**
	 * Saves the settings and the status in the local service's one transaction.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, status);
	}

	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchService.updateSurveyDispatchStatus(
			surveyDispatchId, status);
	}

	@Override
	public SurveyDispatchService getWrappedService() {
		return _surveyDispatchService;
	}

	@Override
	public void setWrappedService(SurveyDispatchService surveyDispatchService) {
		_surveyDispatchService = surveyDispatchService;
	}

	private SurveyDispatchService _surveyDispatchService;

}