/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link CareProgram}.
 * </p>
 *
 * @author Livsviktig
 * @see CareProgram
 * @generated
 */
public class CareProgramWrapper
	extends BaseModelWrapper<CareProgram>
	implements CareProgram, ModelWrapper<CareProgram> {

	public CareProgramWrapper(CareProgram careProgram) {
		super(careProgram);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("title", getTitle());
		attributes.put("articleResourcePrimKey", getArticleResourcePrimKey());
		attributes.put("nationalURL", getNationalURL());
		attributes.put("ownerUserId", getOwnerUserId());
		attributes.put("reviewIntervalMonths", getReviewIntervalMonths());
		attributes.put("lastReviewDate", getLastReviewDate());
		attributes.put("lastReviewUserId", getLastReviewUserId());
		attributes.put("nextReviewDate", getNextReviewDate());
		attributes.put("titleSearch", getTitleSearch());

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

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
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

		String title = (String)attributes.get("title");

		if (title != null) {
			setTitle(title);
		}

		Long articleResourcePrimKey = (Long)attributes.get(
			"articleResourcePrimKey");

		if (articleResourcePrimKey != null) {
			setArticleResourcePrimKey(articleResourcePrimKey);
		}

		String nationalURL = (String)attributes.get("nationalURL");

		if (nationalURL != null) {
			setNationalURL(nationalURL);
		}

		Long ownerUserId = (Long)attributes.get("ownerUserId");

		if (ownerUserId != null) {
			setOwnerUserId(ownerUserId);
		}

		Integer reviewIntervalMonths = (Integer)attributes.get(
			"reviewIntervalMonths");

		if (reviewIntervalMonths != null) {
			setReviewIntervalMonths(reviewIntervalMonths);
		}

		Date lastReviewDate = (Date)attributes.get("lastReviewDate");

		if (lastReviewDate != null) {
			setLastReviewDate(lastReviewDate);
		}

		Long lastReviewUserId = (Long)attributes.get("lastReviewUserId");

		if (lastReviewUserId != null) {
			setLastReviewUserId(lastReviewUserId);
		}

		Date nextReviewDate = (Date)attributes.get("nextReviewDate");

		if (nextReviewDate != null) {
			setNextReviewDate(nextReviewDate);
		}

		String titleSearch = (String)attributes.get("titleSearch");

		if (titleSearch != null) {
			setTitleSearch(titleSearch);
		}
	}

	@Override
	public CareProgram cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the article resource prim key of this care program.
	 *
	 * @return the article resource prim key of this care program
	 */
	@Override
	public long getArticleResourcePrimKey() {
		return model.getArticleResourcePrimKey();
	}

	@Override
	public String[] getAvailableLanguageIds() {
		return model.getAvailableLanguageIds();
	}

	/**
	 * Returns the care program ID of this care program.
	 *
	 * @return the care program ID of this care program
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the company ID of this care program.
	 *
	 * @return the company ID of this care program
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this care program.
	 *
	 * @return the create date of this care program
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
	 * Returns the group ID of this care program.
	 *
	 * @return the group ID of this care program
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the last review date of this care program.
	 *
	 * @return the last review date of this care program
	 */
	@Override
	public Date getLastReviewDate() {
		return model.getLastReviewDate();
	}

	/**
	 * Returns the last review user ID of this care program.
	 *
	 * @return the last review user ID of this care program
	 */
	@Override
	public long getLastReviewUserId() {
		return model.getLastReviewUserId();
	}

	/**
	 * Returns the last review user uuid of this care program.
	 *
	 * @return the last review user uuid of this care program
	 */
	@Override
	public String getLastReviewUserUuid() {
		return model.getLastReviewUserUuid();
	}

	/**
	 * Returns the modified date of this care program.
	 *
	 * @return the modified date of this care program
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this care program.
	 *
	 * @return the mvcc version of this care program
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the national url of this care program.
	 *
	 * @return the national url of this care program
	 */
	@Override
	public String getNationalURL() {
		return model.getNationalURL();
	}

	/**
	 * Returns the next review date of this care program.
	 *
	 * @return the next review date of this care program
	 */
	@Override
	public Date getNextReviewDate() {
		return model.getNextReviewDate();
	}

	/**
	 * Returns the owner user ID of this care program.
	 *
	 * @return the owner user ID of this care program
	 */
	@Override
	public long getOwnerUserId() {
		return model.getOwnerUserId();
	}

	/**
	 * Returns the owner user uuid of this care program.
	 *
	 * @return the owner user uuid of this care program
	 */
	@Override
	public String getOwnerUserUuid() {
		return model.getOwnerUserUuid();
	}

	/**
	 * Returns the primary key of this care program.
	 *
	 * @return the primary key of this care program
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the review interval months of this care program.
	 *
	 * @return the review interval months of this care program
	 */
	@Override
	public int getReviewIntervalMonths() {
		return model.getReviewIntervalMonths();
	}

	/**
	 * Returns the title of this care program.
	 *
	 * @return the title of this care program
	 */
	@Override
	public String getTitle() {
		return model.getTitle();
	}

	/**
	 * Returns the localized title of this care program in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param locale the locale of the language
	 * @return the localized title of this care program
	 */
	@Override
	public String getTitle(java.util.Locale locale) {
		return model.getTitle(locale);
	}

	/**
	 * Returns the localized title of this care program in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param locale the local of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized title of this care program. If <code>useDefault</code> is <code>false</code> and no localization exists for the requested language, an empty string will be returned.
	 */
	@Override
	public String getTitle(java.util.Locale locale, boolean useDefault) {
		return model.getTitle(locale, useDefault);
	}

	/**
	 * Returns the localized title of this care program in the language. Uses the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @return the localized title of this care program
	 */
	@Override
	public String getTitle(String languageId) {
		return model.getTitle(languageId);
	}

	/**
	 * Returns the localized title of this care program in the language, optionally using the default language if no localization exists for the requested language.
	 *
	 * @param languageId the ID of the language
	 * @param useDefault whether to use the default language if no localization exists for the requested language
	 * @return the localized title of this care program
	 */
	@Override
	public String getTitle(String languageId, boolean useDefault) {
		return model.getTitle(languageId, useDefault);
	}

	@Override
	public String getTitleCurrentLanguageId() {
		return model.getTitleCurrentLanguageId();
	}

	@Override
	public String getTitleCurrentValue() {
		return model.getTitleCurrentValue();
	}

	/**
	 * Returns a map of the locales and localized titles of this care program.
	 *
	 * @return the locales and localized titles of this care program
	 */
	@Override
	public Map<java.util.Locale, String> getTitleMap() {
		return model.getTitleMap();
	}

	/**
	 * Returns the title search of this care program.
	 *
	 * @return the title search of this care program
	 */
	@Override
	public String getTitleSearch() {
		return model.getTitleSearch();
	}

	/**
	 * Returns the user ID of this care program.
	 *
	 * @return the user ID of this care program
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this care program.
	 *
	 * @return the user name of this care program
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this care program.
	 *
	 * @return the user uuid of this care program
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this care program.
	 *
	 * @return the uuid of this care program
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
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
	 * Sets the article resource prim key of this care program.
	 *
	 * @param articleResourcePrimKey the article resource prim key of this care program
	 */
	@Override
	public void setArticleResourcePrimKey(long articleResourcePrimKey) {
		model.setArticleResourcePrimKey(articleResourcePrimKey);
	}

	/**
	 * Sets the care program ID of this care program.
	 *
	 * @param careProgramId the care program ID of this care program
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the company ID of this care program.
	 *
	 * @param companyId the company ID of this care program
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this care program.
	 *
	 * @param createDate the create date of this care program
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this care program.
	 *
	 * @param groupId the group ID of this care program
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the last review date of this care program.
	 *
	 * @param lastReviewDate the last review date of this care program
	 */
	@Override
	public void setLastReviewDate(Date lastReviewDate) {
		model.setLastReviewDate(lastReviewDate);
	}

	/**
	 * Sets the last review user ID of this care program.
	 *
	 * @param lastReviewUserId the last review user ID of this care program
	 */
	@Override
	public void setLastReviewUserId(long lastReviewUserId) {
		model.setLastReviewUserId(lastReviewUserId);
	}

	/**
	 * Sets the last review user uuid of this care program.
	 *
	 * @param lastReviewUserUuid the last review user uuid of this care program
	 */
	@Override
	public void setLastReviewUserUuid(String lastReviewUserUuid) {
		model.setLastReviewUserUuid(lastReviewUserUuid);
	}

	/**
	 * Sets the modified date of this care program.
	 *
	 * @param modifiedDate the modified date of this care program
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this care program.
	 *
	 * @param mvccVersion the mvcc version of this care program
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the national url of this care program.
	 *
	 * @param nationalURL the national url of this care program
	 */
	@Override
	public void setNationalURL(String nationalURL) {
		model.setNationalURL(nationalURL);
	}

	/**
	 * Sets the next review date of this care program.
	 *
	 * @param nextReviewDate the next review date of this care program
	 */
	@Override
	public void setNextReviewDate(Date nextReviewDate) {
		model.setNextReviewDate(nextReviewDate);
	}

	/**
	 * Sets the owner user ID of this care program.
	 *
	 * @param ownerUserId the owner user ID of this care program
	 */
	@Override
	public void setOwnerUserId(long ownerUserId) {
		model.setOwnerUserId(ownerUserId);
	}

	/**
	 * Sets the owner user uuid of this care program.
	 *
	 * @param ownerUserUuid the owner user uuid of this care program
	 */
	@Override
	public void setOwnerUserUuid(String ownerUserUuid) {
		model.setOwnerUserUuid(ownerUserUuid);
	}

	/**
	 * Sets the primary key of this care program.
	 *
	 * @param primaryKey the primary key of this care program
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the review interval months of this care program.
	 *
	 * @param reviewIntervalMonths the review interval months of this care program
	 */
	@Override
	public void setReviewIntervalMonths(int reviewIntervalMonths) {
		model.setReviewIntervalMonths(reviewIntervalMonths);
	}

	/**
	 * Sets the title of this care program.
	 *
	 * @param title the title of this care program
	 */
	@Override
	public void setTitle(String title) {
		model.setTitle(title);
	}

	/**
	 * Sets the localized title of this care program in the language.
	 *
	 * @param title the localized title of this care program
	 * @param locale the locale of the language
	 */
	@Override
	public void setTitle(String title, java.util.Locale locale) {
		model.setTitle(title, locale);
	}

	/**
	 * Sets the localized title of this care program in the language, and sets the default locale.
	 *
	 * @param title the localized title of this care program
	 * @param locale the locale of the language
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setTitle(
		String title, java.util.Locale locale, java.util.Locale defaultLocale) {

		model.setTitle(title, locale, defaultLocale);
	}

	@Override
	public void setTitleCurrentLanguageId(String languageId) {
		model.setTitleCurrentLanguageId(languageId);
	}

	/**
	 * Sets the localized titles of this care program from the map of locales and localized titles.
	 *
	 * @param titleMap the locales and localized titles of this care program
	 */
	@Override
	public void setTitleMap(Map<java.util.Locale, String> titleMap) {
		model.setTitleMap(titleMap);
	}

	/**
	 * Sets the localized titles of this care program from the map of locales and localized titles, and sets the default locale.
	 *
	 * @param titleMap the locales and localized titles of this care program
	 * @param defaultLocale the default locale
	 */
	@Override
	public void setTitleMap(
		Map<java.util.Locale, String> titleMap,
		java.util.Locale defaultLocale) {

		model.setTitleMap(titleMap, defaultLocale);
	}

	/**
	 * Sets the title search of this care program.
	 *
	 * @param titleSearch the title search of this care program
	 */
	@Override
	public void setTitleSearch(String titleSearch) {
		model.setTitleSearch(titleSearch);
	}

	/**
	 * Sets the user ID of this care program.
	 *
	 * @param userId the user ID of this care program
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this care program.
	 *
	 * @param userName the user name of this care program
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this care program.
	 *
	 * @param userUuid the user uuid of this care program
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this care program.
	 *
	 * @param uuid the uuid of this care program
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
	protected CareProgramWrapper wrap(CareProgram careProgram) {
		return new CareProgramWrapper(careProgram);
	}

}