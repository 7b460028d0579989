/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import se.livsviktig.careprogram.model.CareProgramContact;

/**
 * The cache model class for representing CareProgramContact in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CareProgramContactCacheModel
	implements CacheModel<CareProgramContact>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CareProgramContactCacheModel)) {
			return false;
		}

		CareProgramContactCacheModel careProgramContactCacheModel =
			(CareProgramContactCacheModel)object;

		if ((careProgramContactId ==
				careProgramContactCacheModel.careProgramContactId) &&
			(mvccVersion == careProgramContactCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, careProgramContactId);

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
		sb.append(", careProgramContactId=");
		sb.append(careProgramContactId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", userId=");
		sb.append(userId);
		sb.append(", position=");
		sb.append(position);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CareProgramContact toEntityModel() {
		CareProgramContactImpl careProgramContactImpl =
			new CareProgramContactImpl();

		careProgramContactImpl.setMvccVersion(mvccVersion);
		careProgramContactImpl.setCareProgramContactId(careProgramContactId);
		careProgramContactImpl.setCompanyId(companyId);
		careProgramContactImpl.setCareProgramId(careProgramId);
		careProgramContactImpl.setUserId(userId);
		careProgramContactImpl.setPosition(position);

		careProgramContactImpl.resetOriginalValues();

		return careProgramContactImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		careProgramContactId = objectInput.readLong();

		companyId = objectInput.readLong();

		careProgramId = objectInput.readLong();

		userId = objectInput.readLong();

		position = objectInput.readInt();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(careProgramContactId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(userId);

		objectOutput.writeInt(position);
	}

	public long mvccVersion;
	public long careProgramContactId;
	public long companyId;
	public long careProgramId;
	public long userId;
	public int position;

}