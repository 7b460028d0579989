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

import se.livsviktig.survey.model.SurveyResponse;

/**
 * The cache model class for representing SurveyResponse in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyResponseCacheModel
	implements CacheModel<SurveyResponse>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyResponseCacheModel)) {
			return false;
		}

		SurveyResponseCacheModel surveyResponseCacheModel =
			(SurveyResponseCacheModel)object;

		if ((surveyResponseId == surveyResponseCacheModel.surveyResponseId) &&
			(mvccVersion == surveyResponseCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyResponseId);

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
		StringBundler sb = new StringBundler(25);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", surveyResponseId=");
		sb.append(surveyResponseId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", surveyId=");
		sb.append(surveyId);
		sb.append(", surveyDispatchId=");
		sb.append(surveyDispatchId);
		sb.append(", methodId=");
		sb.append(methodId);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", responseMonth=");
		sb.append(responseMonth);
		sb.append(", responseDay=");
		sb.append(responseDay);
		sb.append(", userId=");
		sb.append(userId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyResponse toEntityModel() {
		SurveyResponseImpl surveyResponseImpl = new SurveyResponseImpl();

		surveyResponseImpl.setMvccVersion(mvccVersion);
		surveyResponseImpl.setSurveyResponseId(surveyResponseId);
		surveyResponseImpl.setGroupId(groupId);
		surveyResponseImpl.setCompanyId(companyId);
		surveyResponseImpl.setSurveyId(surveyId);
		surveyResponseImpl.setSurveyDispatchId(surveyDispatchId);
		surveyResponseImpl.setMethodId(methodId);
		surveyResponseImpl.setCourseSessionId(courseSessionId);
		surveyResponseImpl.setOrganizationId(organizationId);
		surveyResponseImpl.setResponseMonth(responseMonth);

		if (responseDay == Long.MIN_VALUE) {
			surveyResponseImpl.setResponseDay(null);
		}
		else {
			surveyResponseImpl.setResponseDay(new Date(responseDay));
		}

		surveyResponseImpl.setUserId(userId);

		surveyResponseImpl.resetOriginalValues();

		return surveyResponseImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		surveyResponseId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		surveyId = objectInput.readLong();

		surveyDispatchId = objectInput.readLong();

		methodId = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		organizationId = objectInput.readLong();

		responseMonth = objectInput.readInt();
		responseDay = objectInput.readLong();

		userId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(surveyResponseId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(surveyId);

		objectOutput.writeLong(surveyDispatchId);

		objectOutput.writeLong(methodId);

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(organizationId);

		objectOutput.writeInt(responseMonth);
		objectOutput.writeLong(responseDay);

		objectOutput.writeLong(userId);
	}

	public long mvccVersion;
	public long surveyResponseId;
	public long groupId;
	public long companyId;
	public long surveyId;
	public long surveyDispatchId;
	public long methodId;
	public long courseSessionId;
	public long organizationId;
	public int responseMonth;
	public long responseDay;
	public long userId;

}