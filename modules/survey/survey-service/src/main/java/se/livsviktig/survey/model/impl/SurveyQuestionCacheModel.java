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

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * The cache model class for representing SurveyQuestion in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyQuestionCacheModel
	implements CacheModel<SurveyQuestion>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyQuestionCacheModel)) {
			return false;
		}

		SurveyQuestionCacheModel surveyQuestionCacheModel =
			(SurveyQuestionCacheModel)object;

		if ((surveyQuestionId == surveyQuestionCacheModel.surveyQuestionId) &&
			(mvccVersion == surveyQuestionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyQuestionId);

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
		StringBundler sb = new StringBundler(27);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", surveyQuestionId=");
		sb.append(surveyQuestionId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", surveyId=");
		sb.append(surveyId);
		sb.append(", position=");
		sb.append(position);
		sb.append(", questionType=");
		sb.append(questionType);
		sb.append(", text=");
		sb.append(text);
		sb.append(", lowLabel=");
		sb.append(lowLabel);
		sb.append(", highLabel=");
		sb.append(highLabel);
		sb.append(", options=");
		sb.append(options);
		sb.append(", required=");
		sb.append(required);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyQuestion toEntityModel() {
		SurveyQuestionImpl surveyQuestionImpl = new SurveyQuestionImpl();

		surveyQuestionImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			surveyQuestionImpl.setUuid("");
		}
		else {
			surveyQuestionImpl.setUuid(uuid);
		}

		surveyQuestionImpl.setSurveyQuestionId(surveyQuestionId);
		surveyQuestionImpl.setGroupId(groupId);
		surveyQuestionImpl.setCompanyId(companyId);
		surveyQuestionImpl.setSurveyId(surveyId);
		surveyQuestionImpl.setPosition(position);
		surveyQuestionImpl.setQuestionType(questionType);

		if (text == null) {
			surveyQuestionImpl.setText("");
		}
		else {
			surveyQuestionImpl.setText(text);
		}

		if (lowLabel == null) {
			surveyQuestionImpl.setLowLabel("");
		}
		else {
			surveyQuestionImpl.setLowLabel(lowLabel);
		}

		if (highLabel == null) {
			surveyQuestionImpl.setHighLabel("");
		}
		else {
			surveyQuestionImpl.setHighLabel(highLabel);
		}

		if (options == null) {
			surveyQuestionImpl.setOptions("");
		}
		else {
			surveyQuestionImpl.setOptions(options);
		}

		surveyQuestionImpl.setRequired(required);

		surveyQuestionImpl.resetOriginalValues();

		return surveyQuestionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		surveyQuestionId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		surveyId = objectInput.readLong();

		position = objectInput.readInt();

		questionType = objectInput.readInt();
		text = objectInput.readUTF();
		lowLabel = objectInput.readUTF();
		highLabel = objectInput.readUTF();
		options = objectInput.readUTF();

		required = objectInput.readBoolean();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		if (uuid == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(uuid);
		}

		objectOutput.writeLong(surveyQuestionId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(surveyId);

		objectOutput.writeInt(position);

		objectOutput.writeInt(questionType);

		if (text == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(text);
		}

		if (lowLabel == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(lowLabel);
		}

		if (highLabel == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(highLabel);
		}

		if (options == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(options);
		}

		objectOutput.writeBoolean(required);
	}

	public long mvccVersion;
	public String uuid;
	public long surveyQuestionId;
	public long groupId;
	public long companyId;
	public long surveyId;
	public int position;
	public int questionType;
	public String text;
	public String lowLabel;
	public String highLabel;
	public String options;
	public boolean required;

}