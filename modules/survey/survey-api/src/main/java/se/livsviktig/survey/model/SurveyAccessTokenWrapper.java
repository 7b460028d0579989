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
 * This class is a wrapper for {@link SurveyAccessToken}.
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAccessToken
 * @generated
 */
public class SurveyAccessTokenWrapper
	extends BaseModelWrapper<SurveyAccessToken>
	implements ModelWrapper<SurveyAccessToken>, SurveyAccessToken {

	public SurveyAccessTokenWrapper(SurveyAccessToken surveyAccessToken) {
		super(surveyAccessToken);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("surveyAccessTokenId", getSurveyAccessTokenId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("surveyInvitationId", getSurveyInvitationId());
		attributes.put("tokenHash", getTokenHash());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long surveyAccessTokenId = (Long)attributes.get("surveyAccessTokenId");

		if (surveyAccessTokenId != null) {
			setSurveyAccessTokenId(surveyAccessTokenId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long surveyInvitationId = (Long)attributes.get("surveyInvitationId");

		if (surveyInvitationId != null) {
			setSurveyInvitationId(surveyInvitationId);
		}

		String tokenHash = (String)attributes.get("tokenHash");

		if (tokenHash != null) {
			setTokenHash(tokenHash);
		}
	}

	@Override
	public SurveyAccessToken cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this survey access token.
	 *
	 * @return the company ID of this survey access token
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this survey access token.
	 *
	 * @return the create date of this survey access token
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the mvcc version of this survey access token.
	 *
	 * @return the mvcc version of this survey access token
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this survey access token.
	 *
	 * @return the primary key of this survey access token
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the survey access token ID of this survey access token.
	 *
	 * @return the survey access token ID of this survey access token
	 */
	@Override
	public long getSurveyAccessTokenId() {
		return model.getSurveyAccessTokenId();
	}

	/**
	 * Returns the survey invitation ID of this survey access token.
	 *
	 * @return the survey invitation ID of this survey access token
	 */
	@Override
	public long getSurveyInvitationId() {
		return model.getSurveyInvitationId();
	}

	/**
	 * Returns the token hash of this survey access token.
	 *
	 * @return the token hash of this survey access token
	 */
	@Override
	public String getTokenHash() {
		return model.getTokenHash();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this survey access token.
	 *
	 * @param companyId the company ID of this survey access token
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this survey access token.
	 *
	 * @param createDate the create date of this survey access token
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the mvcc version of this survey access token.
	 *
	 * @param mvccVersion the mvcc version of this survey access token
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this survey access token.
	 *
	 * @param primaryKey the primary key of this survey access token
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the survey access token ID of this survey access token.
	 *
	 * @param surveyAccessTokenId the survey access token ID of this survey access token
	 */
	@Override
	public void setSurveyAccessTokenId(long surveyAccessTokenId) {
		model.setSurveyAccessTokenId(surveyAccessTokenId);
	}

	/**
	 * Sets the survey invitation ID of this survey access token.
	 *
	 * @param surveyInvitationId the survey invitation ID of this survey access token
	 */
	@Override
	public void setSurveyInvitationId(long surveyInvitationId) {
		model.setSurveyInvitationId(surveyInvitationId);
	}

	/**
	 * Sets the token hash of this survey access token.
	 *
	 * @param tokenHash the token hash of this survey access token
	 */
	@Override
	public void setTokenHash(String tokenHash) {
		model.setTokenHash(tokenHash);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected SurveyAccessTokenWrapper wrap(
		SurveyAccessToken surveyAccessToken) {

		return new SurveyAccessTokenWrapper(surveyAccessToken);
	}

}