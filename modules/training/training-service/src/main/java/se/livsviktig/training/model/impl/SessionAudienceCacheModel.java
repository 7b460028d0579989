/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.training.model.SessionAudience;

/**
 * The cache model class for representing SessionAudience in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SessionAudienceCacheModel
	implements CacheModel<SessionAudience>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SessionAudienceCacheModel)) {
			return false;
		}

		SessionAudienceCacheModel sessionAudienceCacheModel =
			(SessionAudienceCacheModel)object;

		if ((sessionAudienceId ==
				sessionAudienceCacheModel.sessionAudienceId) &&
			(mvccVersion == sessionAudienceCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, sessionAudienceId);

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
		sb.append(", sessionAudienceId=");
		sb.append(sessionAudienceId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SessionAudience toEntityModel() {
		SessionAudienceImpl sessionAudienceImpl = new SessionAudienceImpl();

		sessionAudienceImpl.setMvccVersion(mvccVersion);
		sessionAudienceImpl.setSessionAudienceId(sessionAudienceId);
		sessionAudienceImpl.setGroupId(groupId);
		sessionAudienceImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			sessionAudienceImpl.setCreateDate(null);
		}
		else {
			sessionAudienceImpl.setCreateDate(new Date(createDate));
		}

		sessionAudienceImpl.setCourseSessionId(courseSessionId);
		sessionAudienceImpl.setOrganizationId(organizationId);

		sessionAudienceImpl.resetOriginalValues();

		return sessionAudienceImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		sessionAudienceId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		organizationId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(sessionAudienceId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(organizationId);
	}

	public long mvccVersion;
	public long sessionAudienceId;
	public long groupId;
	public long companyId;
	public long createDate;
	public long courseSessionId;
	public long organizationId;

}