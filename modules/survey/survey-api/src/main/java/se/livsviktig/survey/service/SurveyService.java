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

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.Survey;

/**
 * Provides the remote service interface for Survey. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyServiceUtil} if injection and service tracking are not available.
	 */
	public Survey addSurvey(
			long groupId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, int kind, boolean anonymous,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Reading the survey (VIEW) and adding to its site (MANAGE_SURVEYS): the copy is a new survey there.
	 */
	public Survey copySurvey(long surveyId, ServiceContext serviceContext)
		throws PortalException;

	public Survey deleteSurvey(long surveyId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Survey> getGroupSurveys(long groupId, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getGroupSurveysCount(long groupId) throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Survey getSurvey(long surveyId) throws PortalException;

	public Survey updateSurvey(
			long surveyId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, boolean anonymous, int status)
		throws PortalException;

}