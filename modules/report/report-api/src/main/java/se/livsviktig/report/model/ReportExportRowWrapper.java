/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link ReportExportRow}.
 * </p>
 *
 * @author Livsviktig
 * @see ReportExportRow
 * @generated
 */
public class ReportExportRowWrapper
	extends BaseModelWrapper<ReportExportRow>
	implements ModelWrapper<ReportExportRow>, ReportExportRow {

	public ReportExportRowWrapper(ReportExportRow reportExportRow) {
		super(reportExportRow);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("reportExportRowId", getReportExportRowId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("position", getPosition());
		attributes.put("label", getLabel());
		attributes.put("figureKey", getFigureKey());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("sex", getSex());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long reportExportRowId = (Long)attributes.get("reportExportRowId");

		if (reportExportRowId != null) {
			setReportExportRowId(reportExportRowId);
		}

		Long groupId = (Long)attributes.get("groupId");

		if (groupId != null) {
			setGroupId(groupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		String userName = (String)attributes.get("userName");

		if (userName != null) {
			setUserName(userName);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Date modifiedDate = (Date)attributes.get("modifiedDate");

		if (modifiedDate != null) {
			setModifiedDate(modifiedDate);
		}

		Integer position = (Integer)attributes.get("position");

		if (position != null) {
			setPosition(position);
		}

		String label = (String)attributes.get("label");

		if (label != null) {
			setLabel(label);
		}

		String figureKey = (String)attributes.get("figureKey");

		if (figureKey != null) {
			setFigureKey(figureKey);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		String sex = (String)attributes.get("sex");

		if (sex != null) {
			setSex(sex);
		}
	}

	@Override
	public ReportExportRow cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the company ID of this report export row.
	 *
	 * @return the company ID of this report export row
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this report export row.
	 *
	 * @return the create date of this report export row
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the figure key of this report export row.
	 *
	 * @return the figure key of this report export row
	 */
	@Override
	public String getFigureKey() {
		return model.getFigureKey();
	}

	/**
	 * Returns the group ID of this report export row.
	 *
	 * @return the group ID of this report export row
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the label of this report export row.
	 *
	 * @return the label of this report export row
	 */
	@Override
	public String getLabel() {
		return model.getLabel();
	}

	/**
	 * Returns the modified date of this report export row.
	 *
	 * @return the modified date of this report export row
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this report export row.
	 *
	 * @return the mvcc version of this report export row
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the position of this report export row.
	 *
	 * @return the position of this report export row
	 */
	@Override
	public int getPosition() {
		return model.getPosition();
	}

	/**
	 * Returns the primary key of this report export row.
	 *
	 * @return the primary key of this report export row
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the report export row ID of this report export row.
	 *
	 * @return the report export row ID of this report export row
	 */
	@Override
	public long getReportExportRowId() {
		return model.getReportExportRowId();
	}

	/**
	 * Returns the sex of this report export row.
	 *
	 * @return the sex of this report export row
	 */
	@Override
	public String getSex() {
		return model.getSex();
	}

	/**
	 * Returns the training method ID of this report export row.
	 *
	 * @return the training method ID of this report export row
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the user ID of this report export row.
	 *
	 * @return the user ID of this report export row
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this report export row.
	 *
	 * @return the user name of this report export row
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this report export row.
	 *
	 * @return the user uuid of this report export row
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the company ID of this report export row.
	 *
	 * @param companyId the company ID of this report export row
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this report export row.
	 *
	 * @param createDate the create date of this report export row
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the figure key of this report export row.
	 *
	 * @param figureKey the figure key of this report export row
	 */
	@Override
	public void setFigureKey(String figureKey) {
		model.setFigureKey(figureKey);
	}

	/**
	 * Sets the group ID of this report export row.
	 *
	 * @param groupId the group ID of this report export row
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the label of this report export row.
	 *
	 * @param label the label of this report export row
	 */
	@Override
	public void setLabel(String label) {
		model.setLabel(label);
	}

	/**
	 * Sets the modified date of this report export row.
	 *
	 * @param modifiedDate the modified date of this report export row
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this report export row.
	 *
	 * @param mvccVersion the mvcc version of this report export row
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the position of this report export row.
	 *
	 * @param position the position of this report export row
	 */
	@Override
	public void setPosition(int position) {
		model.setPosition(position);
	}

	/**
	 * Sets the primary key of this report export row.
	 *
	 * @param primaryKey the primary key of this report export row
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the report export row ID of this report export row.
	 *
	 * @param reportExportRowId the report export row ID of this report export row
	 */
	@Override
	public void setReportExportRowId(long reportExportRowId) {
		model.setReportExportRowId(reportExportRowId);
	}

	/**
	 * Sets the sex of this report export row.
	 *
	 * @param sex the sex of this report export row
	 */
	@Override
	public void setSex(String sex) {
		model.setSex(sex);
	}

	/**
	 * Sets the training method ID of this report export row.
	 *
	 * @param trainingMethodId the training method ID of this report export row
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the user ID of this report export row.
	 *
	 * @param userId the user ID of this report export row
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this report export row.
	 *
	 * @param userName the user name of this report export row
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this report export row.
	 *
	 * @param userUuid the user uuid of this report export row
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ReportExportRowWrapper wrap(ReportExportRow reportExportRow) {
		return new ReportExportRowWrapper(reportExportRow);
	}

}