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
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyInvitation;

/**
 * Provides the remote service interface for SurveyResponse. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyResponseServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyResponseService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResponseServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey response remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyResponseServiceUtil} if injection and service tracking are not available.
	 */
	public void addMyResponse(
			long surveyInvitationId, Map<Long, String[]> answers)
		throws PortalException;

	public void addResponse(String token, Map<Long, String[]> answers)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyAnswerForm getAnswerForm(String token) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyAnswerForm getMyAnswerForm(long surveyInvitationId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyInvitation> getMyOpenInvitations() throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	public void optOut(String token) throws PortalException;

}