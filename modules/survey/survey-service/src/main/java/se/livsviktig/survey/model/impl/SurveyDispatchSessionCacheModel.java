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

import se.livsviktig.survey.model.SurveyDispatchSession;

/**
 * The cache model class for representing SurveyDispatchSession in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyDispatchSessionCacheModel
	implements CacheModel<SurveyDispatchSession>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyDispatchSessionCacheModel)) {
			return false;
		}

		SurveyDispatchSessionCacheModel surveyDispatchSessionCacheModel =
			(SurveyDispatchSessionCacheModel)object;

		if ((surveyDispatchSessionId ==
				surveyDispatchSessionCacheModel.surveyDispatchSessionId) &&
			(mvccVersion == surveyDispatchSessionCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyDispatchSessionId);

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
		StringBundler sb = new StringBundler(11);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", surveyDispatchSessionId=");
		sb.append(surveyDispatchSessionId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", surveyDispatchId=");
		sb.append(surveyDispatchId);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyDispatchSession toEntityModel() {
		SurveyDispatchSessionImpl surveyDispatchSessionImpl =
			new SurveyDispatchSessionImpl();

		surveyDispatchSessionImpl.setMvccVersion(mvccVersion);
		surveyDispatchSessionImpl.setSurveyDispatchSessionId(
			surveyDispatchSessionId);
		surveyDispatchSessionImpl.setCompanyId(companyId);
		surveyDispatchSessionImpl.setSurveyDispatchId(surveyDispatchId);
		surveyDispatchSessionImpl.setCourseSessionId(courseSessionId);

		surveyDispatchSessionImpl.resetOriginalValues();

		return surveyDispatchSessionImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		surveyDispatchSessionId = objectInput.readLong();

		companyId = objectInput.readLong();

		surveyDispatchId = objectInput.readLong();

		courseSessionId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(surveyDispatchSessionId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(surveyDispatchId);

		objectOutput.writeLong(courseSessionId);
	}

	public long mvccVersion;
	public long surveyDispatchSessionId;
	public long companyId;
	public long surveyDispatchId;
	public long courseSessionId;

}