/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.survey.model.SurveyAccessToken;

/**
 * The cache model class for representing SurveyAccessToken in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyAccessTokenCacheModel
	implements CacheModel<SurveyAccessToken>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyAccessTokenCacheModel)) {
			return false;
		}

		SurveyAccessTokenCacheModel surveyAccessTokenCacheModel =
			(SurveyAccessTokenCacheModel)object;

		if ((surveyAccessTokenId ==
				surveyAccessTokenCacheModel.surveyAccessTokenId) &&
			(mvccVersion == surveyAccessTokenCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyAccessTokenId);

		return HashUtil.hash(hashCode, mvccVersion);
	}

	@Override
	public long getMvccVersion() {
		return mvccVersion;
	}

	@Override
	public void setMvccVersion(long mvccVersion) {
		this.mvccVersion = mvccVersion;
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(13);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", surveyAccessTokenId=");
		sb.append(surveyAccessTokenId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", surveyInvitationId=");
		sb.append(surveyInvitationId);
		sb.append(", tokenHash=");
		sb.append(tokenHash);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyAccessToken toEntityModel() {
		SurveyAccessTokenImpl surveyAccessTokenImpl =
			new SurveyAccessTokenImpl();

		surveyAccessTokenImpl.setMvccVersion(mvccVersion);
		surveyAccessTokenImpl.setSurveyAccessTokenId(surveyAccessTokenId);
		surveyAccessTokenImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			surveyAccessTokenImpl.setCreateDate(null);
		}
		else {
			surveyAccessTokenImpl.setCreateDate(new Date(createDate));
		}

		surveyAccessTokenImpl.setSurveyInvitationId(surveyInvitationId);

		if (tokenHash == null) {
			surveyAccessTokenImpl.setTokenHash("");
		}
		else {
			surveyAccessTokenImpl.setTokenHash(tokenHash);
		}

		surveyAccessTokenImpl.resetOriginalValues();

		return surveyAccessTokenImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		surveyAccessTokenId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();

		surveyInvitationId = objectInput.readLong();
		tokenHash = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(surveyAccessTokenId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(surveyInvitationId);

		if (tokenHash == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(tokenHash);
		}
	}

	public long mvccVersion;
	public long surveyAccessTokenId;
	public long companyId;
	public long createDate;
	public long surveyInvitationId;
	public String tokenHash;

}