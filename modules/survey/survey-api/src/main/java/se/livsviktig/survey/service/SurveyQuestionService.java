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

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * Provides the remote service interface for SurveyQuestion. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyQuestionServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyQuestionService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyQuestionServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey question remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyQuestionServiceUtil} if injection and service tracking are not available.
	 */
	public SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required,
			ServiceContext serviceContext)
		throws PortalException;

	public SurveyQuestion deleteSurveyQuestion(long surveyQuestionId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyQuestion> getSurveyQuestions(long surveyId)
		throws PortalException;

	public SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws PortalException;

	public SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required)
		throws PortalException;

}