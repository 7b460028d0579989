/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link SurveyDispatchSession}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatchSession
 * @generated
 */
public class SurveyDispatchSessionWrapper
	extends BaseModelWrapper<SurveyDispatchSession>
	implements ModelWrapper<SurveyDispatchSession>, SurveyDispatchSession {

	public SurveyDispatchSessionWrapper(
		SurveyDispatchSession surveyDispatchSession) {

		super(surveyDispatchSession);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("surveyDispatchSessionId", getSurveyDispatchSessionId());
		attributes.put("companyId", getCompanyId());
		attributes.put("surveyDispatchId", getSurveyDispatchId());
		attributes.put("courseSessionId", getCourseSessionId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long surveyDispatchSessionId = (Long)attributes.get(
			"surveyDispatchSessionId");

		if (surveyDispatchSessionId != null) {
			setSurveyDispatchSessionId(surveyDispatchSessionId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long surveyDispatchId = (Long)attributes.get("surveyDispatchId");

		if (surveyDispatchId != null) {
			setSurveyDispatchId(surveyDispatchId);
		}

		Long courseSessionId = (Long)attributes.get("courseSessionId");

		if (courseSessionId != null) {
			setCourseSessionId(courseSessionId);
		}
	}

	@Override
	public SurveyDispatchSession cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this survey dispatch session.
	 *
	 * @return the company ID of this survey dispatch session
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the course session ID of this survey dispatch session.
	 *
	 * @return the course session ID of this survey dispatch session
	 */
	@Override
	public long getCourseSessionId() {
		return model.getCourseSessionId();
	}

	/**
	 * Returns the mvcc version of this survey dispatch session.
	 *
	 * @return the mvcc version of this survey dispatch session
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this survey dispatch session.
	 *
	 * @return the primary key of this survey dispatch session
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the survey dispatch ID of this survey dispatch session.
	 *
	 * @return the survey dispatch ID of this survey dispatch session
	 */
	@Override
	public long getSurveyDispatchId() {
		return model.getSurveyDispatchId();
	}

	/**
	 * Returns the survey dispatch session ID of this survey dispatch session.
	 *
	 * @return the survey dispatch session ID of this survey dispatch session
	 */
	@Override
	public long getSurveyDispatchSessionId() {
		return model.getSurveyDispatchSessionId();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this survey dispatch session.
	 *
	 * @param companyId the company ID of this survey dispatch session
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the course session ID of this survey dispatch session.
	 *
	 * @param courseSessionId the course session ID of this survey dispatch session
	 */
	@Override
	public void setCourseSessionId(long courseSessionId) {
		model.setCourseSessionId(courseSessionId);
	}

	/**
	 * Sets the mvcc version of this survey dispatch session.
	 *
	 * @param mvccVersion the mvcc version of this survey dispatch session
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this survey dispatch session.
	 *
	 * @param primaryKey the primary key of this survey dispatch session
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the survey dispatch ID of this survey dispatch session.
	 *
	 * @param surveyDispatchId the survey dispatch ID of this survey dispatch session
	 */
	@Override
	public void setSurveyDispatchId(long surveyDispatchId) {
		model.setSurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Sets the survey dispatch session ID of this survey dispatch session.
	 *
	 * @param surveyDispatchSessionId the survey dispatch session ID of this survey dispatch session
	 */
	@Override
	public void setSurveyDispatchSessionId(long surveyDispatchSessionId) {
		model.setSurveyDispatchSessionId(surveyDispatchSessionId);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyDispatchSessionWrapper wrap(
		SurveyDispatchSession surveyDispatchSession) {

		return new SurveyDispatchSessionWrapper(surveyDispatchSession);
	}

}