/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import java.util.Date;

import se.livsviktig.instructor.model.Certification;

/**
 * The cache model class for representing Certification in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CertificationCacheModel
	implements CacheModel<Certification>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CertificationCacheModel)) {
			return false;
		}

		CertificationCacheModel certificationCacheModel =
			(CertificationCacheModel)object;

		if ((certificationId == certificationCacheModel.certificationId) &&
			(mvccVersion == certificationCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, certificationId);

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
		StringBundler sb = new StringBundler(47);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", uuid=");
		sb.append(uuid);
		sb.append(", certificationId=");
		sb.append(certificationId);
		sb.append(", groupId=");
		sb.append(groupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", userName=");
		sb.append(userName);
		sb.append(", createDate=");
		sb.append(createDate);
		sb.append(", modifiedDate=");
		sb.append(modifiedDate);
		sb.append(", holderUserId=");
		sb.append(holderUserId);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
		sb.append(", certifiedDate=");
		sb.append(certifiedDate);
		sb.append(", validUntil=");
		sb.append(validUntil);
		sb.append(", issuer=");
		sb.append(issuer);
		sb.append(", number=");
		sb.append(number);
		sb.append(", renewedCertificationId=");
		sb.append(renewedCertificationId);
		sb.append(", state=");
		sb.append(state);
		sb.append(", stateByUserId=");
		sb.append(stateByUserId);
		sb.append(", stateByUserName=");
		sb.append(stateByUserName);
		sb.append(", stateDate=");
		sb.append(stateDate);
		sb.append(", stateReason=");
		sb.append(stateReason);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", sex=");
		sb.append(sex);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public Certification toEntityModel() {
		CertificationImpl certificationImpl = new CertificationImpl();

		certificationImpl.setMvccVersion(mvccVersion);

		if (uuid == null) {
			certificationImpl.setUuid("");
		}
		else {
			certificationImpl.setUuid(uuid);
		}

		certificationImpl.setCertificationId(certificationId);
		certificationImpl.setGroupId(groupId);
		certificationImpl.setCompanyId(companyId);
		certificationImpl.setUserId(userId);

		if (userName == null) {
			certificationImpl.setUserName("");
		}
		else {
			certificationImpl.setUserName(userName);
		}

		if (createDate == Long.MIN_VALUE) {
			certificationImpl.setCreateDate(null);
		}
		else {
			certificationImpl.setCreateDate(new Date(createDate));
		}

		if (modifiedDate == Long.MIN_VALUE) {
			certificationImpl.setModifiedDate(null);
		}
		else {
			certificationImpl.setModifiedDate(new Date(modifiedDate));
		}

		certificationImpl.setHolderUserId(holderUserId);
		certificationImpl.setTrainingMethodId(trainingMethodId);

		if (certifiedDate == Long.MIN_VALUE) {
			certificationImpl.setCertifiedDate(null);
		}
		else {
			certificationImpl.setCertifiedDate(new Date(certifiedDate));
		}

		if (validUntil == Long.MIN_VALUE) {
			certificationImpl.setValidUntil(null);
		}
		else {
			certificationImpl.setValidUntil(new Date(validUntil));
		}

		if (issuer == null) {
			certificationImpl.setIssuer("");
		}
		else {
			certificationImpl.setIssuer(issuer);
		}

		if (number == null) {
			certificationImpl.setNumber("");
		}
		else {
			certificationImpl.setNumber(number);
		}

		certificationImpl.setRenewedCertificationId(renewedCertificationId);
		certificationImpl.setState(state);
		certificationImpl.setStateByUserId(stateByUserId);

		if (stateByUserName == null) {
			certificationImpl.setStateByUserName("");
		}
		else {
			certificationImpl.setStateByUserName(stateByUserName);
		}

		if (stateDate == Long.MIN_VALUE) {
			certificationImpl.setStateDate(null);
		}
		else {
			certificationImpl.setStateDate(new Date(stateDate));
		}

		if (stateReason == null) {
			certificationImpl.setStateReason("");
		}
		else {
			certificationImpl.setStateReason(stateReason);
		}

		certificationImpl.setOrganizationId(organizationId);

		if (sex == null) {
			certificationImpl.setSex("");
		}
		else {
			certificationImpl.setSex(sex);
		}

		certificationImpl.resetOriginalValues();

		return certificationImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();
		uuid = objectInput.readUTF();

		certificationId = objectInput.readLong();

		groupId = objectInput.readLong();

		companyId = objectInput.readLong();

		userId = objectInput.readLong();
		userName = objectInput.readUTF();
		createDate = objectInput.readLong();
		modifiedDate = objectInput.readLong();

		holderUserId = objectInput.readLong();

		trainingMethodId = objectInput.readLong();
		certifiedDate = objectInput.readLong();
		validUntil = objectInput.readLong();
		issuer = objectInput.readUTF();
		number = objectInput.readUTF();

		renewedCertificationId = objectInput.readLong();

		state = objectInput.readInt();

		stateByUserId = objectInput.readLong();
		stateByUserName = objectInput.readUTF();
		stateDate = objectInput.readLong();
		stateReason = objectInput.readUTF();

		organizationId = objectInput.readLong();
		sex = objectInput.readUTF();
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

		objectOutput.writeLong(certificationId);

		objectOutput.writeLong(groupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(userId);

		if (userName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(userName);
		}

		objectOutput.writeLong(createDate);
		objectOutput.writeLong(modifiedDate);

		objectOutput.writeLong(holderUserId);

		objectOutput.writeLong(trainingMethodId);
		objectOutput.writeLong(certifiedDate);
		objectOutput.writeLong(validUntil);

		if (issuer == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(issuer);
		}

		if (number == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(number);
		}

		objectOutput.writeLong(renewedCertificationId);

		objectOutput.writeInt(state);

		objectOutput.writeLong(stateByUserId);

		if (stateByUserName == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(stateByUserName);
		}

		objectOutput.writeLong(stateDate);

		if (stateReason == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(stateReason);
		}

		objectOutput.writeLong(organizationId);

		if (sex == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sex);
		}
	}

	public long mvccVersion;
	public String uuid;
	public long certificationId;
	public long groupId;
	public long companyId;
	public long userId;
	public String userName;
	public long createDate;
	public long modifiedDate;
	public long holderUserId;
	public long trainingMethodId;
	public long certifiedDate;
	public long validUntil;
	public String issuer;
	public String number;
	public long renewedCertificationId;
	public int state;
	public long stateByUserId;
	public String stateByUserName;
	public long stateDate;
	public String stateReason;
	public long organizationId;
	public String sex;

}