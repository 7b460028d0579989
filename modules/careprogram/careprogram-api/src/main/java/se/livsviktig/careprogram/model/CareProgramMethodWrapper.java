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
 * This class is a wrapper for {@link CareProgramMethod}.
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramMethod
 * @generated
 */
public class CareProgramMethodWrapper
	extends BaseModelWrapper<CareProgramMethod>
	implements CareProgramMethod, ModelWrapper<CareProgramMethod> {

	public CareProgramMethodWrapper(CareProgramMethod careProgramMethod) {
		super(careProgramMethod);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("careProgramMethodId", getCareProgramMethodId());
		attributes.put("companyId", getCompanyId());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("methodId", getMethodId());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long careProgramMethodId = (Long)attributes.get("careProgramMethodId");

		if (careProgramMethodId != null) {
			setCareProgramMethodId(careProgramMethodId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long methodId = (Long)attributes.get("methodId");

		if (methodId != null) {
			setMethodId(methodId);
		}
	}

	@Override
	public CareProgramMethod cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the care program ID of this care program method.
	 *
	 * @return the care program ID of this care program method
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the care program method ID of this care program method.
	 *
	 * @return the care program method ID of this care program method
	 */
	@Override
	public long getCareProgramMethodId() {
		return model.getCareProgramMethodId();
	}

	/**
	 * Returns the company ID of this care program method.
	 *
	 * @return the company ID of this care program method
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the method ID of this care program method.
	 *
	 * @return the method ID of this care program method
	 */
	@Override
	public long getMethodId() {
		return model.getMethodId();
	}

	/**
	 * Returns the mvcc version of this care program method.
	 *
	 * @return the mvcc version of this care program method
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this care program method.
	 *
	 * @return the primary key of this care program method
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
	 * Sets the care program ID of this care program method.
	 *
	 * @param careProgramId the care program ID of this care program method
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the care program method ID of this care program method.
	 *
	 * @param careProgramMethodId the care program method ID of this care program method
	 */
	@Override
	public void setCareProgramMethodId(long careProgramMethodId) {
		model.setCareProgramMethodId(careProgramMethodId);
	}

	/**
	 * Sets the company ID of this care program method.
	 *
	 * @param companyId the company ID of this care program method
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the method ID of this care program method.
	 *
	 * @param methodId the method ID of this care program method
	 */
	@Override
	public void setMethodId(long methodId) {
		model.setMethodId(methodId);
	}

	/**
	 * Sets the mvcc version of this care program method.
	 *
	 * @param mvccVersion the mvcc version of this care program method
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this care program method.
	 *
	 * @param primaryKey the primary key of this care program method
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
	protected CareProgramMethodWrapper wrap(
		CareProgramMethod careProgramMethod) {

		return new CareProgramMethodWrapper(careProgramMethod);
	}

}