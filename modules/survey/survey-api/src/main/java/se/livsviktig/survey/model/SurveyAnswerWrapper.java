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
 * This class is a wrapper for {@link SurveyAnswer}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAnswer
 * @generated
 */
public class SurveyAnswerWrapper
	extends BaseModelWrapper<SurveyAnswer>
	implements ModelWrapper<SurveyAnswer>, SurveyAnswer {

	public SurveyAnswerWrapper(SurveyAnswer surveyAnswer) {
		super(surveyAnswer);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("surveyAnswerId", getSurveyAnswerId());
		attributes.put("companyId", getCompanyId());
		attributes.put("surveyResponseId", getSurveyResponseId());
		attributes.put("surveyQuestionId", getSurveyQuestionId());
		attributes.put("numericValue", getNumericValue());
		attributes.put("textValue", getTextValue());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long surveyAnswerId = (Long)attributes.get("surveyAnswerId");

		if (surveyAnswerId != null) {
			setSurveyAnswerId(surveyAnswerId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long surveyResponseId = (Long)attributes.get("surveyResponseId");

		if (surveyResponseId != null) {
			setSurveyResponseId(surveyResponseId);
		}

		Long surveyQuestionId = (Long)attributes.get("surveyQuestionId");

		if (surveyQuestionId != null) {
			setSurveyQuestionId(surveyQuestionId);
		}

		Integer numericValue = (Integer)attributes.get("numericValue");

		if (numericValue != null) {
			setNumericValue(numericValue);
		}

		String textValue = (String)attributes.get("textValue");

		if (textValue != null) {
			setTextValue(textValue);
		}
	}

	@Override
	public SurveyAnswer cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this survey answer.
	 *
	 * @return the company ID of this survey answer
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the mvcc version of this survey answer.
	 *
	 * @return the mvcc version of this survey answer
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the numeric value of this survey answer.
	 *
	 * @return the numeric value of this survey answer
	 */
	@Override
	public int getNumericValue() {
		return model.getNumericValue();
	}

	/**
	 * Returns the primary key of this survey answer.
	 *
	 * @return the primary key of this survey answer
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the survey answer ID of this survey answer.
	 *
	 * @return the survey answer ID of this survey answer
	 */
	@Override
	public long getSurveyAnswerId() {
		return model.getSurveyAnswerId();
	}

	/**
	 * Returns the survey question ID of this survey answer.
	 *
	 * @return the survey question ID of this survey answer
	 */
	@Override
	public long getSurveyQuestionId() {
		return model.getSurveyQuestionId();
	}

	/**
	 * Returns the survey response ID of this survey answer.
	 *
	 * @return the survey response ID of this survey answer
	 */
	@Override
	public long getSurveyResponseId() {
		return model.getSurveyResponseId();
	}

	/**
	 * Returns the text value of this survey answer.
	 *
	 * @return the text value of this survey answer
	 */
	@Override
	public String getTextValue() {
		return model.getTextValue();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this survey answer.
	 *
	 * @param companyId the company ID of this survey answer
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the mvcc version of this survey answer.
	 *
	 * @param mvccVersion the mvcc version of this survey answer
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the numeric value of this survey answer.
	 *
	 * @param numericValue the numeric value of this survey answer
	 */
	@Override
	public void setNumericValue(int numericValue) {
		model.setNumericValue(numericValue);
	}

	/**
	 * Sets the primary key of this survey answer.
	 *
	 * @param primaryKey the primary key of this survey answer
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the survey answer ID of this survey answer.
	 *
	 * @param surveyAnswerId the survey answer ID of this survey answer
	 */
	@Override
	public void setSurveyAnswerId(long surveyAnswerId) {
		model.setSurveyAnswerId(surveyAnswerId);
	}

	/**
	 * Sets the survey question ID of this survey answer.
	 *
	 * @param surveyQuestionId the survey question ID of this survey answer
	 */
	@Override
	public void setSurveyQuestionId(long surveyQuestionId) {
		model.setSurveyQuestionId(surveyQuestionId);
	}

	/**
	 * Sets the survey response ID of this survey answer.
	 *
	 * @param surveyResponseId the survey response ID of this survey answer
	 */
	@Override
	public void setSurveyResponseId(long surveyResponseId) {
		model.setSurveyResponseId(surveyResponseId);
	}

	/**
	 * Sets the text value of this survey answer.
	 *
	 * @param textValue the text value of this survey answer
	 */
	@Override
	public void setTextValue(String textValue) {
		model.setTextValue(textValue);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyAnswerWrapper wrap(SurveyAnswer surveyAnswer) {
		return new SurveyAnswerWrapper(surveyAnswer);
	}

}