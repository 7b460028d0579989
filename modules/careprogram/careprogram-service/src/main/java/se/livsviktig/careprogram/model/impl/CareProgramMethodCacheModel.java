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

import se.livsviktig.careprogram.model.CareProgramMethod;

/**
 * The cache model class for representing CareProgramMethod in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CareProgramMethodCacheModel
	implements CacheModel<CareProgramMethod>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CareProgramMethodCacheModel)) {
			return false;
		}

		CareProgramMethodCacheModel careProgramMethodCacheModel =
			(CareProgramMethodCacheModel)object;

		if ((careProgramMethodId ==
				careProgramMethodCacheModel.careProgramMethodId) &&
			(mvccVersion == careProgramMethodCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, careProgramMethodId);

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
		sb.append(", careProgramMethodId=");
		sb.append(careProgramMethodId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", methodId=");
		sb.append(methodId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CareProgramMethod toEntityModel() {
		CareProgramMethodImpl careProgramMethodImpl =
			new CareProgramMethodImpl();

		careProgramMethodImpl.setMvccVersion(mvccVersion);
		careProgramMethodImpl.setCareProgramMethodId(careProgramMethodId);
		careProgramMethodImpl.setCompanyId(companyId);
		careProgramMethodImpl.setCareProgramId(careProgramId);
		careProgramMethodImpl.setMethodId(methodId);

		careProgramMethodImpl.resetOriginalValues();

		return careProgramMethodImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		careProgramMethodId = objectInput.readLong();

		companyId = objectInput.readLong();

		careProgramId = objectInput.readLong();

		methodId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(careProgramMethodId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(methodId);
	}

	public long mvccVersion;
	public long careProgramMethodId;
	public long companyId;
	public long careProgramId;
	public long methodId;

}