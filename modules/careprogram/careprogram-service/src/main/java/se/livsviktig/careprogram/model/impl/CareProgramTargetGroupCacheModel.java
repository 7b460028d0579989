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

import se.livsviktig.careprogram.model.CareProgramTargetGroup;

/**
 * The cache model class for representing CareProgramTargetGroup in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class CareProgramTargetGroupCacheModel
	implements CacheModel<CareProgramTargetGroup>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CareProgramTargetGroupCacheModel)) {
			return false;
		}

		CareProgramTargetGroupCacheModel careProgramTargetGroupCacheModel =
			(CareProgramTargetGroupCacheModel)object;

		if ((careProgramTargetGroupId ==
				careProgramTargetGroupCacheModel.careProgramTargetGroupId) &&
			(mvccVersion == careProgramTargetGroupCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, careProgramTargetGroupId);

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
		sb.append(", careProgramTargetGroupId=");
		sb.append(careProgramTargetGroupId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", careProgramId=");
		sb.append(careProgramId);
		sb.append(", assetCategoryId=");
		sb.append(assetCategoryId);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public CareProgramTargetGroup toEntityModel() {
		CareProgramTargetGroupImpl careProgramTargetGroupImpl =
			new CareProgramTargetGroupImpl();

		careProgramTargetGroupImpl.setMvccVersion(mvccVersion);
		careProgramTargetGroupImpl.setCareProgramTargetGroupId(
			careProgramTargetGroupId);
		careProgramTargetGroupImpl.setCompanyId(companyId);
		careProgramTargetGroupImpl.setCareProgramId(careProgramId);
		careProgramTargetGroupImpl.setAssetCategoryId(assetCategoryId);

		careProgramTargetGroupImpl.resetOriginalValues();

		return careProgramTargetGroupImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		careProgramTargetGroupId = objectInput.readLong();

		companyId = objectInput.readLong();

		careProgramId = objectInput.readLong();

		assetCategoryId = objectInput.readLong();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(careProgramTargetGroupId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(careProgramId);

		objectOutput.writeLong(assetCategoryId);
	}

	public long mvccVersion;
	public long careProgramTargetGroupId;
	public long companyId;
	public long careProgramId;
	public long assetCategoryId;

}