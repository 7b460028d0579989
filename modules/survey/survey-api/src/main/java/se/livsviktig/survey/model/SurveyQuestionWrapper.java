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
 * This class is a wrapper for {@link SurveyQuestion}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyQuestion
 * @generated
 */
public class SurveyQuestionWrapper
	extends BaseModelWrapper<SurveyQuestion>
	implements ModelWrapper<SurveyQuestion>, SurveyQuestion {

	public SurveyQuestionWrapper(SurveyQuestion surveyQuestion) {
		super(surveyQuestion);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("surveyQuestionId", getSurveyQuestionId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("surveyId", getSurveyId());
		attributes.put("position", getPosition());
		attributes.put("questionType", getQuestionType());
		attributes.put("text", getText());
		attributes.put("lowLabel", getLowLabel());
		attributes.put("highLabel", getHighLabel());
		attributes.put("options", getOptions());
		attributes.put("required", isRequired());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		String uuid = (String)attributes.get("uuid");

		if (uuid != null) {
			setUuid(uuid);
		}

		Long surveyQuestionId = (Long)attributes.get("surveyQuestionId");

		if (surveyQuestionId != null) {
			setSurveyQuestionId(surveyQuestionId);
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

		Integer position = (Integer)attributes.get("position");

		if (position != null) {
			setPosition(position);
		}

		Integer questionType = (Integer)attributes.get("questionType");

		if (questionType != null) {
			setQuestionType(questionType);
		}

		String text = (String)attributes.get("text");

		if (text != null) {
			setText(text);
		}

		String lowLabel = (String)attributes.get("lowLabel");

		if (lowLabel != null) {
			setLowLabel(lowLabel);
		}

		String highLabel = (String)attributes.get("highLabel");

		if (highLabel != null) {
			setHighLabel(highLabel);
		}

		String options = (String)attributes.get("options");

		if (options != null) {
			setOptions(options);
		}

		Boolean required = (Boolean)attributes.get("required");

		if (required != null) {
			setRequired(required);
		}
	}

	@Override
	public SurveyQuestion cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	@Override
	public String[] getAvailableLanguageIds() {
		return model.getAvailableLanguageIds();
	}

	/**
	 * Returns the company ID of this survey question.
	 *
	 * @return the company ID of this survey question
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	@Override
	public String getDefaultLanguageId() {
		return model.getDefaultLanguageId();
	}

	/**
	 * Returns the group ID of this survey question.
	 *
	 * @return the group ID of this survey question
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the high label of this survey question.
	 *
	 * @return the high label of this survey question
	 */
	@Override
	public String getHighLabel() {
		return model.getHighLabel();
	}

	/**
	 * Returns the localized high label of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized high label of this survey question
	 */
	@Override
	public String getHighLabel(java.util.Locale locale) {
		return model.getHighLabel(locale);
	}

	/**
	 * Returns the localized high label of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized high label of this survey question. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getHighLabel(java.util.Locale locale, boolean useDefault) {
		return model.getHighLabel(locale, useDefault);
	}

	/**
	 * Returns the localized high label of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized high label of this survey question
	 */
	@Override
	public String getHighLabel(String languageId) {
		return model.getHighLabel(languageId);
	}

	/**
	 * Returns the localized high label of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized high label of this survey question
	 */
	@Override
	public String getHighLabel(String languageId, boolean useDefault) {
		return model.getHighLabel(languageId, useDefault);
	}

	@Override
	public String getHighLabelCurrentLanguageId() {
		return model.getHighLabelCurrentLanguageId();
	}

	@Override
	public String getHighLabelCurrentValue() {
		return model.getHighLabelCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized high labels of this survey question.
	 *
	 * @return the locales and localized high labels of this survey question
	 */
	@Override
	public Map<java.util.Locale, String> getHighLabelMap() {
		return model.getHighLabelMap();
	}

	/**
	 * Returns the low label of this survey question.
	 *
	 * @return the low label of this survey question
	 */
	@Override
	public String getLowLabel() {
		return model.getLowLabel();
	}

	/**
	 * Returns the localized low label of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized low label of this survey question
	 */
	@Override
	public String getLowLabel(java.util.Locale locale) {
		return model.getLowLabel(locale);
	}

	/**
	 * Returns the localized low label of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized low label of this survey question. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getLowLabel(java.util.Locale locale, boolean useDefault) {
		return model.getLowLabel(locale, useDefault);
	}

	/**
	 * Returns the localized low label of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized low label of this survey question
	 */
	@Override
	public String getLowLabel(String languageId) {
		return model.getLowLabel(languageId);
	}

	/**
	 * Returns the localized low label of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized low label of this survey question
	 */
	@Override
	public String getLowLabel(String languageId, boolean useDefault) {
		return model.getLowLabel(languageId, useDefault);
	}

	@Override
	public String getLowLabelCurrentLanguageId() {
		return model.getLowLabelCurrentLanguageId();
	}

	@Override
	public String getLowLabelCurrentValue() {
		return model.getLowLabelCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized low labels of this survey question.
	 *
	 * @return the locales and localized low labels of this survey question
	 */
	@Override
	public Map<java.util.Locale, String> getLowLabelMap() {
		return model.getLowLabelMap();
	}

	/**
	 * Returns the mvcc version of this survey question.
	 *
	 * @return the mvcc version of this survey question
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the options of this survey question.
	 *
	 * @return the options of this survey question
	 */
	@Override
	public String getOptions() {
		return model.getOptions();
	}

	/**
	 * Returns the localized options of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized options of this survey question
	 */
	@Override
	public String getOptions(java.util.Locale locale) {
		return model.getOptions(locale);
	}

	/**
	 * Returns the localized options of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized options of this survey question. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getOptions(java.util.Locale locale, boolean useDefault) {
		return model.getOptions(locale, useDefault);
	}

	/**
	 * Returns the localized options of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized options of this survey question
	 */
	@Override
	public String getOptions(String languageId) {
		return model.getOptions(languageId);
	}

	/**
	 * Returns the localized options of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized options of this survey question
	 */
	@Override
	public String getOptions(String languageId, boolean useDefault) {
		return model.getOptions(languageId, useDefault);
	}

	@Override
	public String getOptionsCurrentLanguageId() {
		return model.getOptionsCurrentLanguageId();
	}

	@Override
	public String getOptionsCurrentValue() {
		return model.getOptionsCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized optionses of this survey question.
	 *
	 * @return the locales and localized optionses of this survey question
	 */
	@Override
	public Map<java.util.Locale, String> getOptionsMap() {
		return model.getOptionsMap();
	}

	/**
	 * Returns the position of this survey question.
	 *
	 * @return the position of this survey question
	 */
	@Override
	public int getPosition() {
		return model.getPosition();
	}

	/**
	 * Returns the primary key of this survey question.
	 *
	 * @return the primary key of this survey question
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the question type of this survey question.
	 *
	 * @return the question type of this survey question
	 */
	@Override
	public int getQuestionType() {
		return model.getQuestionType();
	}

	/**
	 * Returns the required of this survey question.
	 *
	 * @return the required of this survey question
	 */
	@Override
	public boolean getRequired() {
		return model.getRequired();
	}

	/**
	 * Returns the survey ID of this survey question.
	 *
	 * @return the survey ID of this survey question
	 */
	@Override
	public long getSurveyId() {
		return model.getSurveyId();
	}

	/**
	 * Returns the survey question ID of this survey question.
	 *
	 * @return the survey question ID of this survey question
	 */
	@Override
	public long getSurveyQuestionId() {
		return model.getSurveyQuestionId();
	}

	/**
	 * Returns the text of this survey question.
	 *
	 * @return the text of this survey question
	 */
	@Override
	public String getText() {
		return model.getText();
	}

	/**
	 * Returns the localized text of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized text of this survey question
	 */
	@Override
	public String getText(java.util.Locale locale) {
		return model.getText(locale);
	}

	/**
	 * Returns the localized text of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized text of this survey question. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getText(java.util.Locale locale, boolean useDefault) {
		return model.getText(locale, useDefault);
	}

	/**
	 * Returns the localized text of this survey question in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized text of this survey question
	 */
	@Override
	public String getText(String languageId) {
		return model.getText(languageId);
	}

	/**
	 * Returns the localized text of this survey question in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized text of this survey question
	 */
	@Override
	public String getText(String languageId, boolean useDefault) {
		return model.getText(languageId, useDefault);
	}

	@Override
	public String getTextCurrentLanguageId() {
		return model.getTextCurrentLanguageId();
	}

	@Override
	public String getTextCurrentValue() {
		return model.getTextCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized texts of this survey question.
	 *
	 * @return the locales and localized texts of this survey question
	 */
	@Override
	public Map<java.util.Locale, String> getTextMap() {
		return model.getTextMap();
	}

	/**
	 * Returns the uuid of this survey question.
	 *
	 * @return the uuid of this survey question
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns <code>true</code> if this survey question is required.
	 *
	 * @return <code>true</code> if this survey question is required; <code>false</code> otherwise
	 */
	@Override
	public boolean isRequired() {
		return model.isRequired();
	}

	@Override
	public void persist() {
		model.persist();
	}

	@Override
	public void prepareLocalizedFieldsForImport()
		throws com.liferay.portal.kernel.exception.LocaleException {

		model.prepareLocalizedFieldsForImport();
	}

	@Override
	public void prepareLocalizedFieldsForImport(
			java.util.Locale defaultImportLocale)
		throws com.liferay.portal.kernel.exception.LocaleException {

		model.prepareLocalizedFieldsForImport(defaultImportLocale);
	}

	/**
	 * Sets the company ID of this survey question.
	 *
	 * @param companyId the company ID of this survey question
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the group ID of this survey question.
	 *
	 * @param groupId the group ID of this survey question
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the high label of this survey question.
	 *
	 * @param highLabel the high label of this survey question
	 */
	@Override
	public void setHighLabel(String highLabel) {
		model.setHighLabel(highLabel);
	}

	/**
	 * Sets the localized high label of this survey question in the language.
	 *
	 * @param highLabel the localized high label of this survey question
	 * @param locale the locale of the language
	 */
	@Override
	public void setHighLabel(String highLabel, java.util.Locale locale) {
		model.setHighLabel(highLabel, locale);
	}

	/**
	 * Sets the localized high label of this survey question in the language, and sets the default locale.
	 *
	 * @param highLabel the localized high label of this survey question
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setHighLabel(
		String highLabel, java.util.Locale locale,
		java.util.Locale defaultLocale) {

		model.setHighLabel(highLabel, locale, defaultLocale);
	}

	@Override
	public void setHighLabelCurrentLanguageId(String languageId) {
		model.setHighLabelCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized high labels of this survey question from the map of locales and localized high labels.
	 *
	 * @param highLabelMap the locales and localized high labels of this survey question
	 */
	@Override
	public void setHighLabelMap(Map<java.util.Locale, String> highLabelMap) {
		model.setHighLabelMap(highLabelMap);
	}

	/**
	 * Sets the localized high labels of this survey question from the map of locales and localized high labels, and sets the default locale.
	 *
	 * @param highLabelMap the locales and localized high labels of this survey question
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setHighLabelMap(
		Map<java.util.Locale, String> highLabelMap,
		java.util.Locale defaultLocale) {

		model.setHighLabelMap(highLabelMap, defaultLocale);
	}

	/**
	 * Sets the low label of this survey question.
	 *
	 * @param lowLabel the low label of this survey question
	 */
	@Override
	public void setLowLabel(String lowLabel) {
		model.setLowLabel(lowLabel);
	}

	/**
	 * Sets the localized low label of this survey question in the language.
	 *
	 * @param lowLabel the localized low label of this survey question
	 * @param locale the locale of the language
	 */
	@Override
	public void setLowLabel(String lowLabel, java.util.Locale locale) {
		model.setLowLabel(lowLabel, locale);
	}

	/**
	 * Sets the localized low label of this survey question in the language, and sets the default locale.
	 *
	 * @param lowLabel the localized low label of this survey question
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setLowLabel(
		String lowLabel, java.util.Locale locale,
		java.util.Locale defaultLocale) {

		model.setLowLabel(lowLabel, locale, defaultLocale);
	}

	@Override
	public void setLowLabelCurrentLanguageId(String languageId) {
		model.setLowLabelCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized low labels of this survey question from the map of locales and localized low labels.
	 *
	 * @param lowLabelMap the locales and localized low labels of this survey question
	 */
	@Override
	public void setLowLabelMap(Map<java.util.Locale, String> lowLabelMap) {
		model.setLowLabelMap(lowLabelMap);
	}

	/**
	 * Sets the localized low labels of this survey question from the map of locales and localized low labels, and sets the default locale.
	 *
	 * @param lowLabelMap the locales and localized low labels of this survey question
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setLowLabelMap(
		Map<java.util.Locale, String> lowLabelMap,
		java.util.Locale defaultLocale) {

		model.setLowLabelMap(lowLabelMap, defaultLocale);
	}

	/**
	 * Sets the mvcc version of this survey question.
	 *
	 * @param mvccVersion the mvcc version of this survey question
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the options of this survey question.
	 *
	 * @param options the options of this survey question
	 */
	@Override
	public void setOptions(String options) {
		model.setOptions(options);
	}

	/**
	 * Sets the localized options of this survey question in the language.
	 *
	 * @param options the localized options of this survey question
	 * @param locale the locale of the language
	 */
	@Override
	public void setOptions(String options, java.util.Locale locale) {
		model.setOptions(options, locale);
	}

	/**
	 * Sets the localized options of this survey question in the language, and sets the default locale.
	 *
	 * @param options the localized options of this survey question
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setOptions(
		String options, java.util.Locale locale,
		java.util.Locale defaultLocale) {

		model.setOptions(options, locale, defaultLocale);
	}

	@Override
	public void setOptionsCurrentLanguageId(String languageId) {
		model.setOptionsCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized optionses of this survey question from the map of locales and localized optionses.
	 *
	 * @param optionsMap the locales and localized optionses of this survey question
	 */
	@Override
	public void setOptionsMap(Map<java.util.Locale, String> optionsMap) {
		model.setOptionsMap(optionsMap);
	}

	/**
	 * Sets the localized optionses of this survey question from the map of locales and localized optionses, and sets the default locale.
	 *
	 * @param optionsMap the locales and localized optionses of this survey question
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setOptionsMap(
		Map<java.util.Locale, String> optionsMap,
		java.util.Locale defaultLocale) {

		model.setOptionsMap(optionsMap, defaultLocale);
	}

	/**
	 * Sets the position of this survey question.
	 *
	 * @param position the position of this survey question
	 */
	@Override
	public void setPosition(int position) {
		model.setPosition(position);
	}

	/**
	 * Sets the primary key of this survey question.
	 *
	 * @param primaryKey the primary key of this survey question
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the question type of this survey question.
	 *
	 * @param questionType the question type of this survey question
	 */
	@Override
	public void setQuestionType(int questionType) {
		model.setQuestionType(questionType);
	}

	/**
	 * Sets whether this survey question is required.
	 *
	 * @param required the required of this survey question
	 */
	@Override
	public void setRequired(boolean required) {
		model.setRequired(required);
	}

	/**
	 * Sets the survey ID of this survey question.
	 *
	 * @param surveyId the survey ID of this survey question
	 */
	@Override
	public void setSurveyId(long surveyId) {
		model.setSurveyId(surveyId);
	}

	/**
	 * Sets the survey question ID of this survey question.
	 *
	 * @param surveyQuestionId the survey question ID of this survey question
	 */
	@Override
	public void setSurveyQuestionId(long surveyQuestionId) {
		model.setSurveyQuestionId(surveyQuestionId);
	}

	/**
	 * Sets the text of this survey question.
	 *
	 * @param text the text of this survey question
	 */
	@Override
	public void setText(String text) {
		model.setText(text);
	}

	/**
	 * Sets the localized text of this survey question in the language.
	 *
	 * @param text the localized text of this survey question
	 * @param locale the locale of the language
	 */
	@Override
	public void setText(String text, java.util.Locale locale) {
		model.setText(text, locale);
	}

	/**
	 * Sets the localized text of this survey question in the language, and sets the default locale.
	 *
	 * @param text the localized text of this survey question
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setText(
		String text, java.util.Locale locale, java.util.Locale defaultLocale) {

		model.setText(text, locale, defaultLocale);
	}

	@Override
	public void setTextCurrentLanguageId(String languageId) {
		model.setTextCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized texts of this survey question from the map of locales and localized texts.
	 *
	 * @param textMap the locales and localized texts of this survey question
	 */
	@Override
	public void setTextMap(Map<java.util.Locale, String> textMap) {
		model.setTextMap(textMap);
	}

	/**
	 * Sets the localized texts of this survey question from the map of locales and localized texts, and sets the default locale.
	 *
	 * @param textMap the locales and localized texts of this survey question
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setTextMap(
		Map<java.util.Locale, String> textMap, java.util.Locale defaultLocale) {

		model.setTextMap(textMap, defaultLocale);
	}

	/**
	 * Sets the uuid of this survey question.
	 *
	 * @param uuid the uuid of this survey question
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyQuestionWrapper wrap(SurveyQuestion surveyQuestion) {
		return new SurveyQuestionWrapper(surveyQuestion);
	}

}