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

import se.livsviktig.survey.model.SurveyInvitation;

/**
 * The cache model class for representing SurveyInvitation in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SurveyInvitationCacheModel
	implements CacheModel<SurveyInvitation>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SurveyInvitationCacheModel)) {
			return false;
		}

		SurveyInvitationCacheModel surveyInvitationCacheModel =
			(SurveyInvitationCacheModel)object;

		if ((surveyInvitationId ==
				surveyInvitationCacheModel.surveyInvitationId) &&
			(mvccVersion == surveyInvitationCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, surveyInvitationId);

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
		StringBundler sb = new StringBundler(35);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", surveyInvitationId=");
		sb.append(surveyInvitationId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", surveyDispatchId=");
		sb.append(surveyDispatchId);
		sb.append(", surveyId=");
		sb.append(surveyId);
		sb.append(", registrationId=");
		sb.append(registrationId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", methodId=");
		sb.append(methodId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", status=");
		sb.append(status);
		sb.append(", sentDate=");
		sb.append(sentDate);
		sb.append(", reminderCount=");
		sb.append(reminderCount);
		sb.append(", lastReminderDate=");
		sb.append(lastReminderDate);
		sb.append(", expirationDate=");
		sb.append(expirationDate);
		sb.append(", sentMonth=");
		sb.append(sentMonth);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SurveyInvitation toEntityModel() {
		SurveyInvitationImpl surveyInvitationImpl = new SurveyInvitationImpl();

		surveyInvitationImpl.setMvccVersion(mvccVersion);
		surveyInvitationImpl.setSurveyInvitationId(surveyInvitationId);
		surveyInvitationImpl.setGroupId(groupId);
		surveyInvitationImpl.setCompanyId(companyId);
		surveyInvitationImpl.setSurveyDispatchId(surveyDispatchId);
		surveyInvitationImpl.setSurveyId(surveyId);
		surveyInvitationImpl.setRegistrationId(registrationId);
		surveyInvitationImpl.setUserId(userId);
		surveyInvitationImpl.setCourseSessionId(courseSessionId);
		surveyInvitationImpl.setMethodId(methodId);
		surveyInvitationImpl.setOrganizationId(organizationId);
		surveyInvitationImpl.setStatus(status);

		if (sentDate == Long.MIN_VALUE) {
			surveyInvitationImpl.setSentDate(null);
		}
		else {
			surveyInvitationImpl.setSentDate(new Date(sentDate));
		}

		surveyInvitationImpl.setReminderCount(reminderCount);

		if (lastReminderDate == Long.MIN_VALUE) {
			surveyInvitationImpl.setLastReminderDate(null);
		}
		else {
			surveyInvitationImpl.setLastReminderDate(
				new Date(lastReminderDate));
		}

		if (expirationDate == Long.MIN_VALUE) {
			surveyInvitationImpl.setExpirationDate(null);
		}
		else {
			surveyInvitationImpl.setExpirationDate(new Date(expirationDate));
		}

		surveyInvitationImpl.setSentMonth(sentMonth);

		surveyInvitationImpl.resetOriginalValues();

		return surveyInvitationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		surveyInvitationId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		surveyDispatchId = objectInput.readLong();

		surveyId = objectInput.readLong();

		registrationId = objectInput.readLong();

		userId = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		methodId = objectInput.readLong();

		organizationId = objectInput.readLong();

		status = objectInput.readInt();
		sentDate = objectInput.readLong();

		reminderCount = objectInput.readInt();
		lastReminderDate = objectInput.readLong();
		expirationDate = objectInput.readLong();

		sentMonth = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(surveyInvitationId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(surveyDispatchId);

		objectOutput.writeLong(surveyId);

		objectOutput.writeLong(registrationId);

		objectOutput.writeLong(userId);

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(methodId);

		objectOutput.writeLong(organizationId);

		objectOutput.writeInt(status);
		objectOutput.writeLong(sentDate);

		objectOutput.writeInt(reminderCount);
		objectOutput.writeLong(lastReminderDate);
		objectOutput.writeLong(expirationDate);

		objectOutput.writeInt(sentMonth);
	}

	public long mvccVersion;
	public long surveyInvitationId;
	public long groupId;
	public long companyId;
	public long surveyDispatchId;
	public long surveyId;
	public long registrationId;
	public long userId;
	public long courseSessionId;
	public long methodId;
	public long organizationId;
	public int status;
	public long sentDate;
	public int reminderCount;
	public long lastReminderDate;
	public long expirationDate;
	public int sentMonth;

}