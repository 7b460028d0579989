/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.SurveyDispatch;

/**
 * Provides the remote service interface for SurveyDispatch. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyDispatchServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyDispatchService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyDispatchServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey dispatch remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyDispatchServiceUtil} if injection and service tracking are not available.
	 */
	public SurveyDispatch addSurveyDispatch(
			long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Deletes a dispatch that has mailed nothing; one that has is closed instead (the local service refuses it).
	 */
	public SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DispatchProgress getDispatchProgress(long surveyDispatchId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId)
		throws PortalException;

	/**
	 * @return the survey's dispatches the caller may view
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getSurveyDispatches(long surveyId)
		throws PortalException;

	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders)
		throws PortalException;

	/**
	 * Saves the settings and the status in the local service's one transaction.
	 */
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			int status)
		throws PortalException;

	public SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException;

}