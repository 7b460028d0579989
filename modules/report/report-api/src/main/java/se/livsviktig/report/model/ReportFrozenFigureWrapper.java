/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link ReportFrozenFigure}.
 * </p>
 *
 * @author Livsviktig
 * @see ReportFrozenFigure
 * @generated
 */
public class ReportFrozenFigureWrapper
	extends BaseModelWrapper<ReportFrozenFigure>
	implements ModelWrapper<ReportFrozenFigure>, ReportFrozenFigure {

	public ReportFrozenFigureWrapper(ReportFrozenFigure reportFrozenFigure) {
		super(reportFrozenFigure);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("reportFrozenFigureId", getReportFrozenFigureId());
		attributes.put("companyId", getCompanyId());
		attributes.put("reportFreezeId", getReportFreezeId());
		attributes.put("figureKey", getFigureKey());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("sex", getSex());
		attributes.put("value", getValue());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long reportFrozenFigureId = (Long)attributes.get(
			"reportFrozenFigureId");

		if (reportFrozenFigureId != null) {
			setReportFrozenFigureId(reportFrozenFigureId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long reportFreezeId = (Long)attributes.get("reportFreezeId");

		if (reportFreezeId != null) {
			setReportFreezeId(reportFreezeId);
		}

		String figureKey = (String)attributes.get("figureKey");

		if (figureKey != null) {
			setFigureKey(figureKey);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		String sex = (String)attributes.get("sex");

		if (sex != null) {
			setSex(sex);
		}

		Double value = (Double)attributes.get("value");

		if (value != null) {
			setValue(value);
		}
	}

	@Override
	public ReportFrozenFigure cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this report frozen figure.
	 *
	 * @return the company ID of this report frozen figure
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the figure key of this report frozen figure.
	 *
	 * @return the figure key of this report frozen figure
	 */
	@Override
	public String getFigureKey() {
		return model.getFigureKey();
	}

	/**
	 * Returns the mvcc version of this report frozen figure.
	 *
	 * @return the mvcc version of this report frozen figure
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the organization ID of this report frozen figure.
	 *
	 * @return the organization ID of this report frozen figure
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this report frozen figure.
	 *
	 * @return the primary key of this report frozen figure
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the report freeze ID of this report frozen figure.
	 *
	 * @return the report freeze ID of this report frozen figure
	 */
	@Override
	public long getReportFreezeId() {
		return model.getReportFreezeId();
	}

	/**
	 * Returns the report frozen figure ID of this report frozen figure.
	 *
	 * @return the report frozen figure ID of this report frozen figure
	 */
	@Override
	public long getReportFrozenFigureId() {
		return model.getReportFrozenFigureId();
	}

	/**
	 * Returns the sex of this report frozen figure.
	 *
	 * @return the sex of this report frozen figure
	 */
	@Override
	public String getSex() {
		return model.getSex();
	}

	/**
	 * Returns the training method ID of this report frozen figure.
	 *
	 * @return the training method ID of this report frozen figure
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the value of this report frozen figure.
	 *
	 * @return the value of this report frozen figure
	 */
	@Override
	public double getValue() {
		return model.getValue();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this report frozen figure.
	 *
	 * @param companyId the company ID of this report frozen figure
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the figure key of this report frozen figure.
	 *
	 * @param figureKey the figure key of this report frozen figure
	 */
	@Override
	public void setFigureKey(String figureKey) {
		model.setFigureKey(figureKey);
	}

	/**
	 * Sets the mvcc version of this report frozen figure.
	 *
	 * @param mvccVersion the mvcc version of this report frozen figure
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the organization ID of this report frozen figure.
	 *
	 * @param organizationId the organization ID of this report frozen figure
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this report frozen figure.
	 *
	 * @param primaryKey the primary key of this report frozen figure
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the report freeze ID of this report frozen figure.
	 *
	 * @param reportFreezeId the report freeze ID of this report frozen figure
	 */
	@Override
	public void setReportFreezeId(long reportFreezeId) {
		model.setReportFreezeId(reportFreezeId);
	}

	/**
	 * Sets the report frozen figure ID of this report frozen figure.
	 *
	 * @param reportFrozenFigureId the report frozen figure ID of this report frozen figure
	 */
	@Override
	public void setReportFrozenFigureId(long reportFrozenFigureId) {
		model.setReportFrozenFigureId(reportFrozenFigureId);
	}

	/**
	 * Sets the sex of this report frozen figure.
	 *
	 * @param sex the sex of this report frozen figure
	 */
	@Override
	public void setSex(String sex) {
		model.setSex(sex);
	}

	/**
	 * Sets the training method ID of this report frozen figure.
	 *
	 * @param trainingMethodId the training method ID of this report frozen figure
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the value of this report frozen figure.
	 *
	 * @param value the value of this report frozen figure
	 */
	@Override
	public void setValue(double value) {
		model.setValue(value);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ReportFrozenFigureWrapper wrap(
		ReportFrozenFigure reportFrozenFigure) {

		return new ReportFrozenFigureWrapper(reportFrozenFigure);
	}

}