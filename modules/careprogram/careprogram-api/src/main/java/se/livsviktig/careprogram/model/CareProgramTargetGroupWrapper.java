/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link CareProgramTargetGroup}.
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramTargetGroup
 * @generated
 */
public class CareProgramTargetGroupWrapper
	extends BaseModelWrapper<CareProgramTargetGroup>
	implements CareProgramTargetGroup, ModelWrapper<CareProgramTargetGroup> {

	public CareProgramTargetGroupWrapper(
		CareProgramTargetGroup careProgramTargetGroup) {

		super(careProgramTargetGroup);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put(
			"careProgramTargetGroupId", getCareProgramTargetGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("assetCategoryId", getAssetCategoryId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long careProgramTargetGroupId = (Long)attributes.get(
			"careProgramTargetGroupId");

		if (careProgramTargetGroupId != null) {
			setCareProgramTargetGroupId(careProgramTargetGroupId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long assetCategoryId = (Long)attributes.get("assetCategoryId");

		if (assetCategoryId != null) {
			setAssetCategoryId(assetCategoryId);
		}
	}

	@Override
	public CareProgramTargetGroup cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the asset category ID of this care program target group.
	 *
	 * @return the asset category ID of this care program target group
	 */
	@Override
	public long getAssetCategoryId() {
		return model.getAssetCategoryId();
	}

	/**
	 * Returns the care program ID of this care program target group.
	 *
	 * @return the care program ID of this care program target group
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the care program target group ID of this care program target group.
	 *
	 * @return the care program target group ID of this care program target group
	 */
	@Override
	public long getCareProgramTargetGroupId() {
		return model.getCareProgramTargetGroupId();
	}

	/**
	 * Returns the company ID of this care program target group.
	 *
	 * @return the company ID of this care program target group
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the mvcc version of this care program target group.
	 *
	 * @return the mvcc version of this care program target group
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this care program target group.
	 *
	 * @return the primary key of this care program target group
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the asset category ID of this care program target group.
	 *
	 * @param assetCategoryId the asset category ID of this care program target group
	 */
	@Override
	public void setAssetCategoryId(long assetCategoryId) {
		model.setAssetCategoryId(assetCategoryId);
	}

	/**
	 * Sets the care program ID of this care program target group.
	 *
	 * @param careProgramId the care program ID of this care program target group
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the care program target group ID of this care program target group.
	 *
	 * @param careProgramTargetGroupId the care program target group ID of this care program target group
	 */
	@Override
	public void setCareProgramTargetGroupId(long careProgramTargetGroupId) {
		model.setCareProgramTargetGroupId(careProgramTargetGroupId);
	}

	/**
	 * Sets the company ID of this care program target group.
	 *
	 * @param companyId the company ID of this care program target group
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the mvcc version of this care program target group.
	 *
	 * @param mvccVersion the mvcc version of this care program target group
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this care program target group.
	 *
	 * @param primaryKey the primary key of this care program target group
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected CareProgramTargetGroupWrapper wrap(
		CareProgramTargetGroup careProgramTargetGroup) {

		return new CareProgramTargetGroupWrapper(careProgramTargetGroup);
	}

}