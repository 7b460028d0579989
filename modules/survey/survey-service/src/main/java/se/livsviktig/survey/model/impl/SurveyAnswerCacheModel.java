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

import se.livsviktig.survey.model.SurveyAnswer;

/**
 * The cache model class for representing SurveyAnswer in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyAnswerCacheModel
	implements CacheModel<SurveyAnswer>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyAnswerCacheModel)) {
			return false;
		}

		SurveyAnswerCacheModel surveyAnswerCacheModel =
			(SurveyAnswerCacheModel)object;

		if ((surveyAnswerId == surveyAnswerCacheModel.surveyAnswerId) &&
			(mvccVersion == surveyAnswerCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyAnswerId);

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
		StringBundler sb = new StringBundler(15);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", surveyAnswerId=");
		sb.append(surveyAnswerId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", surveyResponseId=");
		sb.append(surveyResponseId);
		sb.append(", surveyQuestionId=");
		sb.append(surveyQuestionId);
		sb.append(", numericValue=");
		sb.append(numericValue);
		sb.append(", textValue=");
		sb.append(textValue);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyAnswer toEntityModel() {
		SurveyAnswerImpl surveyAnswerImpl = new SurveyAnswerImpl();

		surveyAnswerImpl.setMvccVersion(mvccVersion);
		surveyAnswerImpl.setSurveyAnswerId(surveyAnswerId);
		surveyAnswerImpl.setCompanyId(companyId);
		surveyAnswerImpl.setSurveyResponseId(surveyResponseId);
		surveyAnswerImpl.setSurveyQuestionId(surveyQuestionId);
		surveyAnswerImpl.setNumericValue(numericValue);

		if (textValue == null) {
			surveyAnswerImpl.setTextValue("");
		}
		else {
			surveyAnswerImpl.setTextValue(textValue);
		}

		surveyAnswerImpl.resetOriginalValues();

		return surveyAnswerImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		surveyAnswerId = objectInput.readLong();

		companyId = objectInput.readLong();

		surveyResponseId = objectInput.readLong();

		surveyQuestionId = objectInput.readLong();

		numericValue = objectInput.readInt();
		textValue = objectInput.readUTF();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(surveyAnswerId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(surveyResponseId);

		objectOutput.writeLong(surveyQuestionId);

		objectOutput.writeInt(numericValue);

		if (textValue == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(textValue);
		}
	}

	public long mvccVersion;
	public long surveyAnswerId;
	public long companyId;
	public long surveyResponseId;
	public long surveyQuestionId;
	public int numericValue;
	public String textValue;

}