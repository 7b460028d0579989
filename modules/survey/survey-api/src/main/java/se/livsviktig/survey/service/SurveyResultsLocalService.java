/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * Provides the local service interface for SurveyResults. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see SurveyResultsLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyResultsLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResultsLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey results local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyResultsLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The surveys that have responses from the session, oldest first, in one
	 * statement: the ones an instructor of that session can read results of.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Survey> getCourseSessionSurveys(
		long companyId, long courseSessionId);

	/**
	 * Free-text answers of one question, from the groups whose respondents
	 * the page shows and that have at least the minimum, in text order (the
	 * order of answering would say who wrote what).
	 *
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId, SurveyResultsQuery query,
			long[] courseSessionIds)
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
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 for all
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyResults getSurveyResults(
			long surveyId, SurveyResultsQuery query, long[] courseSessionIds)
		throws PortalException;

}