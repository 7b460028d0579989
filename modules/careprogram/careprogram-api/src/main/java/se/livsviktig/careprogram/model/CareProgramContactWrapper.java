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
 * This class is a wrapper for {@link CareProgramContact}.
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramContact
 * @generated
 */
public class CareProgramContactWrapper
	extends BaseModelWrapper<CareProgramContact>
	implements CareProgramContact, ModelWrapper<CareProgramContact> {

	public CareProgramContactWrapper(CareProgramContact careProgramContact) {
		super(careProgramContact);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("careProgramContactId", getCareProgramContactId());
		attributes.put("companyId", getCompanyId());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("userId", getUserId());
		attributes.put("position", getPosition());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long careProgramContactId = (Long)attributes.get(
			"careProgramContactId");

		if (careProgramContactId != null) {
			setCareProgramContactId(careProgramContactId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long userId = (Long)attributes.get("userId");

		if (userId != null) {
			setUserId(userId);
		}

		Integer position = (Integer)attributes.get("position");

		if (position != null) {
			setPosition(position);
		}
	}

	@Override
	public CareProgramContact cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the care program contact ID of this care program contact.
	 *
	 * @return the care program contact ID of this care program contact
	 */
	@Override
	public long getCareProgramContactId() {
		return model.getCareProgramContactId();
	}

	/**
	 * Returns the care program ID of this care program contact.
	 *
	 * @return the care program ID of this care program contact
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the company ID of this care program contact.
	 *
	 * @return the company ID of this care program contact
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the mvcc version of this care program contact.
	 *
	 * @return the mvcc version of this care program contact
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the position of this care program contact.
	 *
	 * @return the position of this care program contact
	 */
	@Override
	public int getPosition() {
		return model.getPosition();
	}

	/**
	 * Returns the primary key of this care program contact.
	 *
	 * @return the primary key of this care program contact
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the user ID of this care program contact.
	 *
	 * @return the user ID of this care program contact
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user uuid of this care program contact.
	 *
	 * @return the user uuid of this care program contact
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
	 * Sets the care program contact ID of this care program contact.
	 *
	 * @param careProgramContactId the care program contact ID of this care program contact
	 */
	@Override
	public void setCareProgramContactId(long careProgramContactId) {
		model.setCareProgramContactId(careProgramContactId);
	}

	/**
	 * Sets the care program ID of this care program contact.
	 *
	 * @param careProgramId the care program ID of this care program contact
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the company ID of this care program contact.
	 *
	 * @param companyId the company ID of this care program contact
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the mvcc version of this care program contact.
	 *
	 * @param mvccVersion the mvcc version of this care program contact
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the position of this care program contact.
	 *
	 * @param position the position of this care program contact
	 */
	@Override
	public void setPosition(int position) {
		model.setPosition(position);
	}

	/**
	 * Sets the primary key of this care program contact.
	 *
	 * @param primaryKey the primary key of this care program contact
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the user ID of this care program contact.
	 *
	 * @param userId the user ID of this care program contact
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user uuid of this care program contact.
	 *
	 * @param userUuid the user uuid of this care program contact
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
	protected CareProgramContactWrapper wrap(
		CareProgramContact careProgramContact) {

		return new CareProgramContactWrapper(careProgramContact);
	}

}