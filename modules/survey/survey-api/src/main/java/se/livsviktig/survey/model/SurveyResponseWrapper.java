/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link SurveyResponse}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyResponse
 * @generated
 */
public class SurveyResponseWrapper
	extends BaseModelWrapper<SurveyResponse>
	implements ModelWrapper<SurveyResponse>, SurveyResponse {

	public SurveyResponseWrapper(SurveyResponse surveyResponse) {
		super(surveyResponse);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("surveyResponseId", getSurveyResponseId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("surveyId", getSurveyId());
		attributes.put("surveyDispatchId", getSurveyDispatchId());
		attributes.put("methodId", getMethodId());
		attributes.put("courseSessionId", getCourseSessionId());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("responseMonth", getResponseMonth());
		attributes.put("responseDay", getResponseDay());
		attributes.put("userId", getUserId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long surveyResponseId = (Long)attributes.get("surveyResponseId");

		if (surveyResponseId != null) {
			setSurveyResponseId(surveyResponseId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long surveyId = (Long)attributes.get("surveyId");

		if (surveyId != null) {
			setSurveyId(surveyId);
		}

		Long surveyDispatchId = (Long)attributes.get("surveyDispatchId");

		if (surveyDispatchId != null) {
			setSurveyDispatchId(surveyDispatchId);
		}

		Long methodId = (Long)attributes.get("methodId");

		if (methodId != null) {
			setMethodId(methodId);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Integer responseMonth = (Integer)attributes.get("responseMonth");

		if (responseMonth != null) {
			setResponseMonth(responseMonth);
		}

		Date responseDay = (Date)attributes.get("responseDay");

		if (responseDay != null) {
			setResponseDay(responseDay);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}
	}

	@Override
	public SurveyResponse cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this survey response.
	 *
	 * @return the company ID of this survey response
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this survey response.
	 *
	 * @return the course session ID of this survey response
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the group ID of this survey response.
	 *
	 * @return the group ID of this survey response
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the method ID of this survey response.
	 *
	 * @return the method ID of this survey response
	 */
	@Override
	public long getMethodId() {
		return model.getMethodId();
	}

	/**
	 * Returns the mvcc version of this survey response.
	 *
	 * @return the mvcc version of this survey response
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this survey response.
	 *
	 * @return the organization ID of this survey response
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this survey response.
	 *
	 * @return the primary key of this survey response
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the response day of this survey response.
	 *
	 * @return the response day of this survey response
	 */
	@Override
	public Date getResponseDay() {
		return model.getResponseDay();
	}

	/**
	 * Returns the response month of this survey response.
	 *
	 * @return the response month of this survey response
	 */
	@Override
	public int getResponseMonth() {
		return model.getResponseMonth();
	}

	/**
	 * Returns the survey dispatch ID of this survey response.
	 *
	 * @return the survey dispatch ID of this survey response
	 */
	@Override
	public long getSurveyDispatchId() {
		return model.getSurveyDispatchId();
	}

	/**
	 * Returns the survey ID of this survey response.
	 *
	 * @return the survey ID of this survey response
	 */
	@Override
	public long getSurveyId() {
		return model.getSurveyId();
	}

	/**
	 * Returns the survey response ID of this survey response.
	 *
	 * @return the survey response ID of this survey response
	 */
	@Override
	public long getSurveyResponseId() {
		return model.getSurveyResponseId();
	}

	/**
	 * Returns the user ID of this survey response.
	 *
	 * @return the user ID of this survey response
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this survey response.
	 *
	 * @return the user uuid of this survey response
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this survey response.
	 *
	 * @param companyId the company ID of this survey response
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this survey response.
	 *
	 * @param courseSessionId the course session ID of this survey response
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the group ID of this survey response.
	 *
	 * @param groupId the group ID of this survey response
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the method ID of this survey response.
	 *
	 * @param methodId the method ID of this survey response
	 */
	@Override
	public void setMethodId(long methodId) {
		model.setMethodId(methodId);
	}

	/**
	 * Sets the mvcc version of this survey response.
	 *
	 * @param mvccVersion the mvcc version of this survey response
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this survey response.
	 *
	 * @param organizationId the organization ID of this survey response
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this survey response.
	 *
	 * @param primaryKey the primary key of this survey response
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the response day of this survey response.
	 *
	 * @param responseDay the response day of this survey response
	 */
	@Override
	public void setResponseDay(Date responseDay) {
		model.setResponseDay(responseDay);
	}

	/**
	 * Sets the response month of this survey response.
	 *
	 * @param responseMonth the response month of this survey response
	 */
	@Override
	public void setResponseMonth(int responseMonth) {
		model.setResponseMonth(responseMonth);
	}

	/**
	 * Sets the survey dispatch ID of this survey response.
	 *
	 * @param surveyDispatchId the survey dispatch ID of this survey response
	 */
	@Override
	public void setSurveyDispatchId(long surveyDispatchId) {
		model.setSurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Sets the survey ID of this survey response.
	 *
	 * @param surveyId the survey ID of this survey response
	 */
	@Override
	public void setSurveyId(long surveyId) {
		model.setSurveyId(surveyId);
	}

	/**
	 * Sets the survey response ID of this survey response.
	 *
	 * @param surveyResponseId the survey response ID of this survey response
	 */
	@Override
	public void setSurveyResponseId(long surveyResponseId) {
		model.setSurveyResponseId(surveyResponseId);
	}

	/**
	 * Sets the user ID of this survey response.
	 *
	 * @param userId the user ID of this survey response
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this survey response.
	 *
	 * @param userUuid the user uuid of this survey response
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyResponseWrapper wrap(SurveyResponse surveyResponse) {
		return new SurveyResponseWrapper(surveyResponse);
	}

}