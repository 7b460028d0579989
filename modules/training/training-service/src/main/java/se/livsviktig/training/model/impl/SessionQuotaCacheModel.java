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

import se.livsviktig.training.model.SessionQuota;

/**
 * The cache model class for representing SessionQuota in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class SessionQuotaCacheModel
	implements CacheModel<SessionQuota>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof SessionQuotaCacheModel)) {
			return false;
		}

		SessionQuotaCacheModel sessionQuotaCacheModel =
			(SessionQuotaCacheModel)object;

		if ((sessionQuotaId == sessionQuotaCacheModel.sessionQuotaId) &&
			(mvccVersion == sessionQuotaCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, sessionQuotaId);

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
		StringBundler sb = new StringBundler(23);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", sessionQuotaId=");
		sb.append(sessionQuotaId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", courseSessionId=");
		sb.append(courseSessionId);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", seats=");
		sb.append(seats);
		sb.append(", releaseDate=");
		sb.append(releaseDate);
		sb.append(", released=");
		sb.append(released);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public SessionQuota toEntityModel() {
		SessionQuotaImpl sessionQuotaImpl = new SessionQuotaImpl();

		sessionQuotaImpl.setMvccVersion(mvccVersion);
		sessionQuotaImpl.setSessionQuotaId(sessionQuotaId);
		sessionQuotaImpl.setGroupId(groupId);
		sessionQuotaImpl.setCompanyId(companyId);

		if (createDate == Long.MIN_VALUE) {
			sessionQuotaImpl.setCreateDate(null);
		}
		else {
			sessionQuotaImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			sessionQuotaImpl.setModifiedDate(null);
		}
		else {
			sessionQuotaImpl.setModifiedDate(new Date(modifiedDate));
		}

		sessionQuotaImpl.setCourseSessionId(courseSessionId);
		sessionQuotaImpl.setOrganizationId(organizationId);
		sessionQuotaImpl.setSeats(seats);

		if (releaseDate == Long.MIN_VALUE) {
			sessionQuotaImpl.setReleaseDate(null);
		}
		else {
			sessionQuotaImpl.setReleaseDate(new Date(releaseDate));
		}

		sessionQuotaImpl.setReleased(released);

		sessionQuotaImpl.resetOriginalValues();

		return sessionQuotaImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		sessionQuotaId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		courseSessionId = objectInput.readLong();

		organizationId = objectInput.readLong();

		seats = objectInput.readInt();
		releaseDate = objectInput.readLong();

		released = objectInput.readBoolean();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(sessionQuotaId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);
		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(courseSessionId);

		objectOutput.writeLong(organizationId);

		objectOutput.writeInt(seats);
		objectOutput.writeLong(releaseDate);

		objectOutput.writeBoolean(released);
	}

	public long mvccVersion;
	public long sessionQuotaId;
	public long groupId;
	public long companyId;
	public long createDate;
	public long modifiedDate;
	public long courseSessionId;
	public long organizationId;
	public int seats;
	public long releaseDate;
	public boolean released;

}