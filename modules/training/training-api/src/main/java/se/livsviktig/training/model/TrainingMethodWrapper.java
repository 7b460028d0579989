/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link TrainingMethod}.
 * </p>
 *
 * @author Livsviktig
 * @see TrainingMethod
 * @generated
 */
public class TrainingMethodWrapper
	extends BaseModelWrapper<TrainingMethod>
	implements ModelWrapper<TrainingMethod>, TrainingMethod {

	public TrainingMethodWrapper(TrainingMethod trainingMethod) {
		super(trainingMethod);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("externalReferenceCode", getExternalReferenceCode());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("name", getName());
		attributes.put("description", getDescription());
		attributes.put(
			"certifiedInstructorsRequired", isCertifiedInstructorsRequired());
		attributes.put("instructorsPerSession", getInstructorsPerSession());
		attributes.put(
			"requiredAttendancePercent", getRequiredAttendancePercent());
		attributes.put("licenceSessionsRequired", getLicenceSessionsRequired());
		attributes.put("licencePeriodMonths", getLicencePeriodMonths());
		attributes.put("followUpSurveyDays", getFollowUpSurveyDays());
		attributes.put("status", getStatus());
		attributes.put("statusByUserId", getStatusByUserId());
		attributes.put("statusByUserName", getStatusByUserName());
		attributes.put("statusDate", getStatusDate());

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

		String externalReferenceCode = (String)attributes.get(
			"externalReferenceCode");

		if (externalReferenceCode != null) {
			setExternalReferenceCode(externalReferenceCode);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		String name = (String)attributes.get("name");

		if (name != null) {
			setName(name);
		}

		String description = (String)attributes.get("description");

		if (description != null) {
			setDescription(description);
		}

		Boolean certifiedInstructorsRequired = (Boolean)attributes.get(
			"certifiedInstructorsRequired");

		if (certifiedInstructorsRequired != null) {
			setCertifiedInstructorsRequired(certifiedInstructorsRequired);
		}

		Integer instructorsPerSession = (Integer)attributes.get(
			"instructorsPerSession");

		if (instructorsPerSession != null) {
			setInstructorsPerSession(instructorsPerSession);
		}

		Integer requiredAttendancePercent = (Integer)attributes.get(
			"requiredAttendancePercent");

		if (requiredAttendancePercent != null) {
			setRequiredAttendancePercent(requiredAttendancePercent);
		}

		Integer licenceSessionsRequired = (Integer)attributes.get(
			"licenceSessionsRequired");

		if (licenceSessionsRequired != null) {
			setLicenceSessionsRequired(licenceSessionsRequired);
		}

		Integer licencePeriodMonths = (Integer)attributes.get(
			"licencePeriodMonths");

		if (licencePeriodMonths != null) {
			setLicencePeriodMonths(licencePeriodMonths);
		}

		Integer followUpSurveyDays = (Integer)attributes.get(
			"followUpSurveyDays");

		if (followUpSurveyDays != null) {
			setFollowUpSurveyDays(followUpSurveyDays);
		}

		Integer status = (Integer)attributes.get("status");

		if (status != null) {
			setStatus(status);
		}

		Long statusByUserId = (Long)attributes.get("statusByUserId");

		if (statusByUserId != null) {
			setStatusByUserId(statusByUserId);
		}

		String statusByUserName = (String)attributes.get("statusByUserName");

		if (statusByUserName != null) {
			setStatusByUserName(statusByUserName);
		}

		Date statusDate = (Date)attributes.get("statusDate");

		if (statusDate != null) {
			setStatusDate(statusDate);
		}
	}

	@Override
	public TrainingMethod cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	@Override
	public String[] getAvailableLanguageIds() {
		return model.getAvailableLanguageIds();
	}

	/**
	 * Returns the certified instructors required of this training method.
	 *
	 * @return the certified instructors required of this training method
	 */
	@Override
	public boolean getCertifiedInstructorsRequired() {
		return model.getCertifiedInstructorsRequired();
	}

	/**
	 * Returns the company ID of this training method.
	 *
	 * @return the company ID of this training method
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this training method.
	 *
	 * @return the create date of this training method
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	@Override
	public String getDefaultLanguageId() {
		return model.getDefaultLanguageId();
	}

	/**
	 * Returns the description of this training method.
	 *
	 * @return the description of this training method
	 */
	@Override
	public String getDescription() {
		return model.getDescription();
	}

	/**
	 * Returns the localized description of this training method in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized description of this training method
	 */
	@Override
	public String getDescription(java.util.Locale locale) {
		return model.getDescription(locale);
	}

	/**
	 * Returns the localized description of this training method in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized description of this training method. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getDescription(java.util.Locale locale, boolean useDefault) {
		return model.getDescription(locale, useDefault);
	}

	/**
	 * Returns the localized description of this training method in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized description of this training method
	 */
	@Override
	public String getDescription(String languageId) {
		return model.getDescription(languageId);
	}

	/**
	 * Returns the localized description of this training method in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized description of this training method
	 */
	@Override
	public String getDescription(String languageId, boolean useDefault) {
		return model.getDescription(languageId, useDefault);
	}

	@Override
	public String getDescriptionCurrentLanguageId() {
		return model.getDescriptionCurrentLanguageId();
	}

	@Override
	public String getDescriptionCurrentValue() {
		return model.getDescriptionCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized descriptions of this training method.
	 *
	 * @return the locales and localized descriptions of this training method
	 */
	@Override
	public Map<java.util.Locale, String> getDescriptionMap() {
		return model.getDescriptionMap();
	}

	/**
	 * Returns the external reference code of this training method.
	 *
	 * @return the external reference code of this training method
	 */
	@Override
	public String getExternalReferenceCode() {
		return model.getExternalReferenceCode();
	}

	/**
	 * Returns the follow up survey days of this training method.
	 *
	 * @return the follow up survey days of this training method
	 */
	@Override
	public int getFollowUpSurveyDays() {
		return model.getFollowUpSurveyDays();
	}

	/**
	 * Returns the group ID of this training method.
	 *
	 * @return the group ID of this training method
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the instructors per session of this training method.
	 *
	 * @return the instructors per session of this training method
	 */
	@Override
	public int getInstructorsPerSession() {
		return model.getInstructorsPerSession();
	}

	/**
	 * Returns the licence period months of this training method.
	 *
	 * @return the licence period months of this training method
	 */
	@Override
	public int getLicencePeriodMonths() {
		return model.getLicencePeriodMonths();
	}

	/**
	 * Returns the licence sessions required of this training method.
	 *
	 * @return the licence sessions required of this training method
	 */
	@Override
	public int getLicenceSessionsRequired() {
		return model.getLicenceSessionsRequired();
	}

	/**
	 * Returns the modified date of this training method.
	 *
	 * @return the modified date of this training method
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this training method.
	 *
	 * @return the mvcc version of this training method
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the name of this training method.
	 *
	 * @return the name of this training method
	 */
	@Override
	public String getName() {
		return model.getName();
	}

	/**
	 * Returns the localized name of this training method in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized name of this training method
	 */
	@Override
	public String getName(java.util.Locale locale) {
		return model.getName(locale);
	}

	/**
	 * Returns the localized name of this training method in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized name of this training method. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getName(java.util.Locale locale, boolean useDefault) {
		return model.getName(locale, useDefault);
	}

	/**
	 * Returns the localized name of this training method in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized name of this training method
	 */
	@Override
	public String getName(String languageId) {
		return model.getName(languageId);
	}

	/**
	 * Returns the localized name of this training method in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized name of this training method
	 */
	@Override
	public String getName(String languageId, boolean useDefault) {
		return model.getName(languageId, useDefault);
	}

	@Override
	public String getNameCurrentLanguageId() {
		return model.getNameCurrentLanguageId();
	}

	@Override
	public String getNameCurrentValue() {
		return model.getNameCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized names of this training method.
	 *
	 * @return the locales and localized names of this training method
	 */
	@Override
	public Map<java.util.Locale, String> getNameMap() {
		return model.getNameMap();
	}

	/**
	 * Returns the primary key of this training method.
	 *
	 * @return the primary key of this training method
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the required attendance percent of this training method.
	 *
	 * @return the required attendance percent of this training method
	 */
	@Override
	public int getRequiredAttendancePercent() {
		return model.getRequiredAttendancePercent();
	}

	/**
	 * Returns the status of this training method.
	 *
	 * @return the status of this training method
	 */
	@Override
	public int getStatus() {
		return model.getStatus();
	}

	/**
	 * Returns the status by user ID of this training method.
	 *
	 * @return the status by user ID of this training method
	 */
	@Override
	public long getStatusByUserId() {
		return model.getStatusByUserId();
	}

	/**
	 * Returns the status by user name of this training method.
	 *
	 * @return the status by user name of this training method
	 */
	@Override
	public String getStatusByUserName() {
		return model.getStatusByUserName();
	}

	/**
	 * Returns the status by user uuid of this training method.
	 *
	 * @return the status by user uuid of this training method
	 */
	@Override
	public String getStatusByUserUuid() {
		return model.getStatusByUserUuid();
	}

	/**
	 * Returns the status date of this training method.
	 *
	 * @return the status date of this training method
	 */
	@Override
	public Date getStatusDate() {
		return model.getStatusDate();
	}

	/**
	 * Returns the training method ID of this training method.
	 *
	 * @return the training method ID of this training method
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the user ID of this training method.
	 *
	 * @return the user ID of this training method
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this training method.
	 *
	 * @return the user name of this training method
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this training method.
	 *
	 * @return the user uuid of this training method
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this training method.
	 *
	 * @return the uuid of this training method
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns <code>true</code> if this training method is approved.
	 *
	 * @return <code>true</code> if this training method is approved; <code>false</code> otherwise
	 */
	@Override
	public boolean isApproved() {
		return model.isApproved();
	}

	/**
	 * Returns <code>true</code> if this training method is certified instructors required.
	 *
	 * @return <code>true</code> if this training method is certified instructors required; <code>false</code> otherwise
	 */
	@Override
	public boolean isCertifiedInstructorsRequired() {
		return model.isCertifiedInstructorsRequired();
	}

	/**
	 * Returns <code>true</code> if this training method is denied.
	 *
	 * @return <code>true</code> if this training method is denied; <code>false</code> otherwise
	 */
	@Override
	public boolean isDenied() {
		return model.isDenied();
	}

	/**
	 * Returns <code>true</code> if this training method is a draft.
	 *
	 * @return <code>true</code> if this training method is a draft; <code>false</code> otherwise
	 */
	@Override
	public boolean isDraft() {
		return model.isDraft();
	}

	/**
	 * Returns <code>true</code> if this training method is expired.
	 *
	 * @return <code>true</code> if this training method is expired; <code>false</code> otherwise
	 */
	@Override
	public boolean isExpired() {
		return model.isExpired();
	}

	/**
	 * Returns <code>true</code> if this training method is inactive.
	 *
	 * @return <code>true</code> if this training method is inactive; <code>false</code> otherwise
	 */
	@Override
	public boolean isInactive() {
		return model.isInactive();
	}

	/**
	 * Returns <code>true</code> if this training method is incomplete.
	 *
	 * @return <code>true</code> if this training method is incomplete; <code>false</code> otherwise
	 */
	@Override
	public boolean isIncomplete() {
		return model.isIncomplete();
	}

	/**
	 * Returns <code>true</code> if this training method is pending.
	 *
	 * @return <code>true</code> if this training method is pending; <code>false</code> otherwise
	 */
	@Override
	public boolean isPending() {
		return model.isPending();
	}

	/**
	 * Returns <code>true</code> if this training method is scheduled.
	 *
	 * @return <code>true</code> if this training method is scheduled; <code>false</code> otherwise
	 */
	@Override
	public boolean isScheduled() {
		return model.isScheduled();
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
	 * Sets whether this training method is certified instructors required.
	 *
	 * @param certifiedInstructorsRequired the certified instructors required of this training method
	 */
	@Override
	public void setCertifiedInstructorsRequired(
		boolean certifiedInstructorsRequired) {

		model.setCertifiedInstructorsRequired(certifiedInstructorsRequired);
	}

	/**
	 * Sets the company ID of this training method.
	 *
	 * @param companyId the company ID of this training method
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this training method.
	 *
	 * @param createDate the create date of this training method
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the description of this training method.
	 *
	 * @param description the description of this training method
	 */
	@Override
	public void setDescription(String description) {
		model.setDescription(description);
	}

	/**
	 * Sets the localized description of this training method in the language.
	 *
	 * @param description the localized description of this training method
	 * @param locale the locale of the language
	 */
	@Override
	public void setDescription(String description, java.util.Locale locale) {
		model.setDescription(description, locale);
	}

	/**
	 * Sets the localized description of this training method in the language, and sets the default locale.
	 *
	 * @param description the localized description of this training method
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setDescription(
		String description, java.util.Locale locale,
		java.util.Locale defaultLocale) {

		model.setDescription(description, locale, defaultLocale);
	}

	@Override
	public void setDescriptionCurrentLanguageId(String languageId) {
		model.setDescriptionCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized descriptions of this training method from the map of locales and localized descriptions.
	 *
	 * @param descriptionMap the locales and localized descriptions of this training method
	 */
	@Override
	public void setDescriptionMap(
		Map<java.util.Locale, String> descriptionMap) {

		model.setDescriptionMap(descriptionMap);
	}

	/**
	 * Sets the localized descriptions of this training method from the map of locales and localized descriptions, and sets the default locale.
	 *
	 * @param descriptionMap the locales and localized descriptions of this training method
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setDescriptionMap(
		Map<java.util.Locale, String> descriptionMap,
		java.util.Locale defaultLocale) {

		model.setDescriptionMap(descriptionMap, defaultLocale);
	}

	/**
	 * Sets the external reference code of this training method.
	 *
	 * @param externalReferenceCode the external reference code of this training method
	 */
	@Override
	public void setExternalReferenceCode(String externalReferenceCode) {
		model.setExternalReferenceCode(externalReferenceCode);
	}

	/**
	 * Sets the follow up survey days of this training method.
	 *
	 * @param followUpSurveyDays the follow up survey days of this training method
	 */
	@Override
	public void setFollowUpSurveyDays(int followUpSurveyDays) {
		model.setFollowUpSurveyDays(followUpSurveyDays);
	}

	/**
	 * Sets the group ID of this training method.
	 *
	 * @param groupId the group ID of this training method
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the instructors per session of this training method.
	 *
	 * @param instructorsPerSession the instructors per session of this training method
	 */
	@Override
	public void setInstructorsPerSession(int instructorsPerSession) {
		model.setInstructorsPerSession(instructorsPerSession);
	}

	/**
	 * Sets the licence period months of this training method.
	 *
	 * @param licencePeriodMonths the licence period months of this training method
	 */
	@Override
	public void setLicencePeriodMonths(int licencePeriodMonths) {
		model.setLicencePeriodMonths(licencePeriodMonths);
	}

	/**
	 * Sets the licence sessions required of this training method.
	 *
	 * @param licenceSessionsRequired the licence sessions required of this training method
	 */
	@Override
	public void setLicenceSessionsRequired(int licenceSessionsRequired) {
		model.setLicenceSessionsRequired(licenceSessionsRequired);
	}

	/**
	 * Sets the modified date of this training method.
	 *
	 * @param modifiedDate the modified date of this training method
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this training method.
	 *
	 * @param mvccVersion the mvcc version of this training method
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the name of this training method.
	 *
	 * @param name the name of this training method
	 */
	@Override
	public void setName(String name) {
		model.setName(name);
	}

	/**
	 * Sets the localized name of this training method in the language.
	 *
	 * @param name the localized name of this training method
	 * @param locale the locale of the language
	 */
	@Override
	public void setName(String name, java.util.Locale locale) {
		model.setName(name, locale);
	}

	/**
	 * Sets the localized name of this training method in the language, and sets the default locale.
	 *
	 * @param name the localized name of this training method
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setName(
		String name, java.util.Locale locale, java.util.Locale defaultLocale) {

		model.setName(name, locale, defaultLocale);
	}

	@Override
	public void setNameCurrentLanguageId(String languageId) {
		model.setNameCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized names of this training method from the map of locales and localized names.
	 *
	 * @param nameMap the locales and localized names of this training method
	 */
	@Override
	public void setNameMap(Map<java.util.Locale, String> nameMap) {
		model.setNameMap(nameMap);
	}

	/**
	 * Sets the localized names of this training method from the map of locales and localized names, and sets the default locale.
	 *
	 * @param nameMap the locales and localized names of this training method
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setNameMap(
		Map<java.util.Locale, String> nameMap, java.util.Locale defaultLocale) {

		model.setNameMap(nameMap, defaultLocale);
	}

	/**
	 * Sets the primary key of this training method.
	 *
	 * @param primaryKey the primary key of this training method
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the required attendance percent of this training method.
	 *
	 * @param requiredAttendancePercent the required attendance percent of this training method
	 */
	@Override
	public void setRequiredAttendancePercent(int requiredAttendancePercent) {
		model.setRequiredAttendancePercent(requiredAttendancePercent);
	}

	/**
	 * Sets the status of this training method.
	 *
	 * @param status the status of this training method
	 */
	@Override
	public void setStatus(int status) {
		model.setStatus(status);
	}

	/**
	 * Sets the status by user ID of this training method.
	 *
	 * @param statusByUserId the status by user ID of this training method
	 */
	@Override
	public void setStatusByUserId(long statusByUserId) {
		model.setStatusByUserId(statusByUserId);
	}

	/**
	 * Sets the status by user name of this training method.
	 *
	 * @param statusByUserName the status by user name of this training method
	 */
	@Override
	public void setStatusByUserName(String statusByUserName) {
		model.setStatusByUserName(statusByUserName);
	}

	/**
	 * Sets the status by user uuid of this training method.
	 *
	 * @param statusByUserUuid the status by user uuid of this training method
	 */
	@Override
	public void setStatusByUserUuid(String statusByUserUuid) {
		model.setStatusByUserUuid(statusByUserUuid);
	}

	/**
	 * Sets the status date of this training method.
	 *
	 * @param statusDate the status date of this training method
	 */
	@Override
	public void setStatusDate(Date statusDate) {
		model.setStatusDate(statusDate);
	}

	/**
	 * Sets the training method ID of this training method.
	 *
	 * @param trainingMethodId the training method ID of this training method
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the user ID of this training method.
	 *
	 * @param userId the user ID of this training method
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this training method.
	 *
	 * @param userName the user name of this training method
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this training method.
	 *
	 * @param userUuid the user uuid of this training method
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this training method.
	 *
	 * @param uuid the uuid of this training method
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
	public StagedModelType getStagedModelType() {
		return model.getStagedModelType();
	}

	@Override
	protected TrainingMethodWrapper wrap(TrainingMethod trainingMethod) {
		return new TrainingMethodWrapper(trainingMethod);
	}

}