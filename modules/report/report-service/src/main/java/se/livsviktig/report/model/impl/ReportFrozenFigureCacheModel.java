/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model.impl;

import com.liferay.petra.lang.HashUtil;
import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.model.MVCCModel;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import se.livsviktig.report.model.ReportFrozenFigure;

/**
 * The cache model class for representing ReportFrozenFigure in entity cache.
 *
 * @author Livsviktig
 * @generated
 */
public class ReportFrozenFigureCacheModel
	implements CacheModel<ReportFrozenFigure>, Externalizable, MVCCModel {

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportFrozenFigureCacheModel)) {
			return false;
		}

		ReportFrozenFigureCacheModel reportFrozenFigureCacheModel =
			(ReportFrozenFigureCacheModel)object;

		if ((reportFrozenFigureId ==
				reportFrozenFigureCacheModel.reportFrozenFigureId) &&
			(mvccVersion == reportFrozenFigureCacheModel.mvccVersion)) {

			return true;
		}

		return false;
	}

	@Override
	public int hashCode() {
		int hashCode = HashUtil.hash(0, reportFrozenFigureId);

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
		StringBundler sb = new StringBundler(19);

		sb.append("{mvccVersion=");
		sb.append(mvccVersion);
		sb.append(", reportFrozenFigureId=");
		sb.append(reportFrozenFigureId);
		sb.append(", companyId=");
		sb.append(companyId);
		sb.append(", reportFreezeId=");
		sb.append(reportFreezeId);
		sb.append(", figureKey=");
		sb.append(figureKey);
		sb.append(", organizationId=");
		sb.append(organizationId);
		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);
		sb.append(", sex=");
		sb.append(sex);
		sb.append(", value=");
		sb.append(value);
		sb.append("}");

		return sb.toString();
	}

	@Override
	public ReportFrozenFigure toEntityModel() {
		ReportFrozenFigureImpl reportFrozenFigureImpl =
			new ReportFrozenFigureImpl();

		reportFrozenFigureImpl.setMvccVersion(mvccVersion);
		reportFrozenFigureImpl.setReportFrozenFigureId(reportFrozenFigureId);
		reportFrozenFigureImpl.setCompanyId(companyId);
		reportFrozenFigureImpl.setReportFreezeId(reportFreezeId);

		if (figureKey == null) {
			reportFrozenFigureImpl.setFigureKey("");
		}
		else {
			reportFrozenFigureImpl.setFigureKey(figureKey);
		}

		reportFrozenFigureImpl.setOrganizationId(organizationId);
		reportFrozenFigureImpl.setTrainingMethodId(trainingMethodId);

		if (sex == null) {
			reportFrozenFigureImpl.setSex("");
		}
		else {
			reportFrozenFigureImpl.setSex(sex);
		}

		reportFrozenFigureImpl.setValue(value);

		reportFrozenFigureImpl.resetOriginalValues();

		return reportFrozenFigureImpl;
	}

	@Override
	public void readExternal(ObjectInput objectInput) throws IOException {
		mvccVersion = objectInput.readLong();

		reportFrozenFigureId = objectInput.readLong();

		companyId = objectInput.readLong();

		reportFreezeId = objectInput.readLong();
		figureKey = objectInput.readUTF();

		organizationId = objectInput.readLong();

		trainingMethodId = objectInput.readLong();
		sex = objectInput.readUTF();

		value = objectInput.readDouble();
	}

	@Override
	public void writeExternal(ObjectOutput objectOutput) throws IOException {
		objectOutput.writeLong(mvccVersion);

		objectOutput.writeLong(reportFrozenFigureId);

		objectOutput.writeLong(companyId);

		objectOutput.writeLong(reportFreezeId);

		if (figureKey == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(figureKey);
		}

		objectOutput.writeLong(organizationId);

		objectOutput.writeLong(trainingMethodId);

		if (sex == null) {
			objectOutput.writeUTF("");
		}
		else {
			objectOutput.writeUTF(sex);
		}

		objectOutput.writeDouble(value);
	}

	public long mvccVersion;
	public long reportFrozenFigureId;
	public long companyId;
	public long reportFreezeId;
	public String figureKey;
	public long organizationId;
	public long trainingMethodId;
	public String sex;
	public double value;

}