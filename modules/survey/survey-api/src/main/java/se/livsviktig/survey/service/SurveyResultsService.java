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
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * Provides the remote service interface for SurveyResults. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyResultsServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyResultsService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResultsServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey results remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyResultsServiceUtil} if injection and service tracking are not available.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId, SurveyResultsQuery query)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyResults getSurveyResults(
			long surveyId, SurveyResultsQuery query)
		throws PortalException;

	/**
	 * The survey's results over the sessions the caller taught (accepted as
	 * instructor); a session filter must be one of them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyResults getTaughtSessionResults(
			long surveyId, SurveyResultsQuery query)
		throws PortalException;

	/**
	 * The surveys answered in a session the caller taught (accepted as
	 * instructor), to choose whose results to read.
	 *
	 * @throws PrincipalException when the caller did not teach the session
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Survey> getTaughtSessionSurveys(long courseSessionId)
		throws PortalException;

}