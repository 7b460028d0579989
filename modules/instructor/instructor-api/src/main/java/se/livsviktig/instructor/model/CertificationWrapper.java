/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model;

import com.liferay.exportimport.kernel.lar.StagedModelType;
import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link Certification}.
 * </p>
 *
 * @author Livsviktig
 * @see Certification
 * @generated
 */
public class CertificationWrapper
	extends BaseModelWrapper<Certification>
	implements Certification, ModelWrapper<Certification> {

	public CertificationWrapper(Certification certification) {
		super(certification);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("uuid", getUuid());
		attributes.put("certificationId", getCertificationId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("createDate", getCreateDate());
		attributes.put("modifiedDate", getModifiedDate());
		attributes.put("holderUserId", getHolderUserId());
		attributes.put("trainingMethodId", getTrainingMethodId());
		attributes.put("certifiedDate", getCertifiedDate());
		attributes.put("validUntil", getValidUntil());
		attributes.put("issuer", getIssuer());
		attributes.put("number", getNumber());
		attributes.put("renewedCertificationId", getRenewedCertificationId());
		attributes.put("state", getState());
		attributes.put("stateByUserId", getStateByUserId());
		attributes.put("stateByUserName", getStateByUserName());
		attributes.put("stateDate", getStateDate());
		attributes.put("stateReason", getStateReason());
		attributes.put("organizationId", getOrganizationId());
		attributes.put("sex", getSex());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		String uuid = (String)attributes.get("uuid");

		if (uuid != null) {
			setUuid(uuid);
		}

		Long certificationId = (Long)attributes.get("certificationId");

		if (certificationId != null) {
			setCertificationId(certificationId);
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

		Long holderUserId = (Long)attributes.get("holderUserId");

		if (holderUserId != null) {
			setHolderUserId(holderUserId);
		}

		Long trainingMethodId = (Long)attributes.get("trainingMethodId");

		if (trainingMethodId != null) {
			setTrainingMethodId(trainingMethodId);
		}

		Date certifiedDate = (Date)attributes.get("certifiedDate");

		if (certifiedDate != null) {
			setCertifiedDate(certifiedDate);
		}

		Date validUntil = (Date)attributes.get("validUntil");

		if (validUntil != null) {
			setValidUntil(validUntil);
		}

		String issuer = (String)attributes.get("issuer");

		if (issuer != null) {
			setIssuer(issuer);
		}

		String number = (String)attributes.get("number");

		if (number != null) {
			setNumber(number);
		}

		Long renewedCertificationId = (Long)attributes.get(
			"renewedCertificationId");

		if (renewedCertificationId != null) {
			setRenewedCertificationId(renewedCertificationId);
		}

		Integer state = (Integer)attributes.get("state");

		if (state != null) {
			setState(state);
		}

		Long stateByUserId = (Long)attributes.get("stateByUserId");

		if (stateByUserId != null) {
			setStateByUserId(stateByUserId);
		}

		String stateByUserName = (String)attributes.get("stateByUserName");

		if (stateByUserName != null) {
			setStateByUserName(stateByUserName);
		}

		Date stateDate = (Date)attributes.get("stateDate");

		if (stateDate != null) {
			setStateDate(stateDate);
		}

		String stateReason = (String)attributes.get("stateReason");

		if (stateReason != null) {
			setStateReason(stateReason);
		}

		Long organizationId = (Long)attributes.get("organizationId");

		if (organizationId != null) {
			setOrganizationId(organizationId);
		}

		String sex = (String)attributes.get("sex");

		if (sex != null) {
			setSex(sex);
		}
	}

	@Override
	public Certification cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the certification ID of this certification.
	 *
	 * @return the certification ID of this certification
	 */
	@Override
	public long getCertificationId() {
		return model.getCertificationId();
	}

	/**
	 * Returns the certified date of this certification.
	 *
	 * @return the certified date of this certification
	 */
	@Override
	public Date getCertifiedDate() {
		return model.getCertifiedDate();
	}

	/**
	 * Returns the company ID of this certification.
	 *
	 * @return the company ID of this certification
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this certification.
	 *
	 * @return the create date of this certification
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the group ID of this certification.
	 *
	 * @return the group ID of this certification
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the holder user ID of this certification.
	 *
	 * @return the holder user ID of this certification
	 */
	@Override
	public long getHolderUserId() {
		return model.getHolderUserId();
	}

	/**
	 * Returns the holder user uuid of this certification.
	 *
	 * @return the holder user uuid of this certification
	 */
	@Override
	public String getHolderUserUuid() {
		return model.getHolderUserUuid();
	}

	/**
	 * Returns the issuer of this certification.
	 *
	 * @return the issuer of this certification
	 */
	@Override
	public String getIssuer() {
		return model.getIssuer();
	}

	/**
	 * Returns the modified date of this certification.
	 *
	 * @return the modified date of this certification
	 */
	@Override
	public Date getModifiedDate() {
		return model.getModifiedDate();
	}

	/**
	 * Returns the mvcc version of this certification.
	 *
	 * @return the mvcc version of this certification
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the number of this certification.
	 *
	 * @return the number of this certification
	 */
	@Override
	public String getNumber() {
		return model.getNumber();
	}

	/**
	 * Returns the organization ID of this certification.
	 *
	 * @return the organization ID of this certification
	 */
	@Override
	public long getOrganizationId() {
		return model.getOrganizationId();
	}

	/**
	 * Returns the primary key of this certification.
	 *
	 * @return the primary key of this certification
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the renewed certification ID of this certification.
	 *
	 * @return the renewed certification ID of this certification
	 */
	@Override
	public long getRenewedCertificationId() {
		return model.getRenewedCertificationId();
	}

	/**
	 * Returns the sex of this certification.
	 *
	 * @return the sex of this certification
	 */
	@Override
	public String getSex() {
		return model.getSex();
	}

	/**
	 * Returns the state of this certification.
	 *
	 * @return the state of this certification
	 */
	@Override
	public int getState() {
		return model.getState();
	}

	/**
	 * Returns the state by user ID of this certification.
	 *
	 * @return the state by user ID of this certification
	 */
	@Override
	public long getStateByUserId() {
		return model.getStateByUserId();
	}

	/**
	 * Returns the state by user name of this certification.
	 *
	 * @return the state by user name of this certification
	 */
	@Override
	public String getStateByUserName() {
		return model.getStateByUserName();
	}

	/**
	 * Returns the state by user uuid of this certification.
	 *
	 * @return the state by user uuid of this certification
	 */
	@Override
	public String getStateByUserUuid() {
		return model.getStateByUserUuid();
	}

	/**
	 * Returns the state date of this certification.
	 *
	 * @return the state date of this certification
	 */
	@Override
	public Date getStateDate() {
		return model.getStateDate();
	}

	/**
	 * Returns the state reason of this certification.
	 *
	 * @return the state reason of this certification
	 */
	@Override
	public String getStateReason() {
		return model.getStateReason();
	}

	/**
	 * Returns the training method ID of this certification.
	 *
	 * @return the training method ID of this certification
	 */
	@Override
	public long getTrainingMethodId() {
		return model.getTrainingMethodId();
	}

	/**
	 * Returns the user ID of this certification.
	 *
	 * @return the user ID of this certification
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this certification.
	 *
	 * @return the user name of this certification
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this certification.
	 *
	 * @return the user uuid of this certification
	 */
	@Override
	public String getUserUuid() {
		return model.getUserUuid();
	}

	/**
	 * Returns the uuid of this certification.
	 *
	 * @return the uuid of this certification
	 */
	@Override
	public String getUuid() {
		return model.getUuid();
	}

	/**
	 * Returns the valid until of this certification.
	 *
	 * @return the valid until of this certification
	 */
	@Override
	public Date getValidUntil() {
		return model.getValidUntil();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the certification ID of this certification.
	 *
	 * @param certificationId the certification ID of this certification
	 */
	@Override
	public void setCertificationId(long certificationId) {
		model.setCertificationId(certificationId);
	}

	/**
	 * Sets the certified date of this certification.
	 *
	 * @param certifiedDate the certified date of this certification
	 */
	@Override
	public void setCertifiedDate(Date certifiedDate) {
		model.setCertifiedDate(certifiedDate);
	}

	/**
	 * Sets the company ID of this certification.
	 *
	 * @param companyId the company ID of this certification
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this certification.
	 *
	 * @param createDate the create date of this certification
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the group ID of this certification.
	 *
	 * @param groupId the group ID of this certification
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the holder user ID of this certification.
	 *
	 * @param holderUserId the holder user ID of this certification
	 */
	@Override
	public void setHolderUserId(long holderUserId) {
		model.setHolderUserId(holderUserId);
	}

	/**
	 * Sets the holder user uuid of this certification.
	 *
	 * @param holderUserUuid the holder user uuid of this certification
	 */
	@Override
	public void setHolderUserUuid(String holderUserUuid) {
		model.setHolderUserUuid(holderUserUuid);
	}

	/**
	 * Sets the issuer of this certification.
	 *
	 * @param issuer the issuer of this certification
	 */
	@Override
	public void setIssuer(String issuer) {
		model.setIssuer(issuer);
	}

	/**
	 * Sets the modified date of this certification.
	 *
	 * @param modifiedDate the modified date of this certification
	 */
	@Override
	public void setModifiedDate(Date modifiedDate) {
		model.setModifiedDate(modifiedDate);
	}

	/**
	 * Sets the mvcc version of this certification.
	 *
	 * @param mvccVersion the mvcc version of this certification
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the number of this certification.
	 *
	 * @param number the number of this certification
	 */
	@Override
	public void setNumber(String number) {
		model.setNumber(number);
	}

	/**
	 * Sets the organization ID of this certification.
	 *
	 * @param organizationId the organization ID of this certification
	 */
	@Override
	public void setOrganizationId(long organizationId) {
		model.setOrganizationId(organizationId);
	}

	/**
	 * Sets the primary key of this certification.
	 *
	 * @param primaryKey the primary key of this certification
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the renewed certification ID of this certification.
	 *
	 * @param renewedCertificationId the renewed certification ID of this certification
	 */
	@Override
	public void setRenewedCertificationId(long renewedCertificationId) {
		model.setRenewedCertificationId(renewedCertificationId);
	}

	/**
	 * Sets the sex of this certification.
	 *
	 * @param sex the sex of this certification
	 */
	@Override
	public void setSex(String sex) {
		model.setSex(sex);
	}

	/**
	 * Sets the state of this certification.
	 *
	 * @param state the state of this certification
	 */
	@Override
	public void setState(int state) {
		model.setState(state);
	}

	/**
	 * Sets the state by user ID of this certification.
	 *
	 * @param stateByUserId the state by user ID of this certification
	 */
	@Override
	public void setStateByUserId(long stateByUserId) {
		model.setStateByUserId(stateByUserId);
	}

	/**
	 * Sets the state by user name of this certification.
	 *
	 * @param stateByUserName the state by user name of this certification
	 */
	@Override
	public void setStateByUserName(String stateByUserName) {
		model.setStateByUserName(stateByUserName);
	}

	/**
	 * Sets the state by user uuid of this certification.
	 *
	 * @param stateByUserUuid the state by user uuid of this certification
	 */
	@Override
	public void setStateByUserUuid(String stateByUserUuid) {
		model.setStateByUserUuid(stateByUserUuid);
	}

	/**
	 * Sets the state date of this certification.
	 *
	 * @param stateDate the state date of this certification
	 */
	@Override
	public void setStateDate(Date stateDate) {
		model.setStateDate(stateDate);
	}

	/**
	 * Sets the state reason of this certification.
	 *
	 * @param stateReason the state reason of this certification
	 */
	@Override
	public void setStateReason(String stateReason) {
		model.setStateReason(stateReason);
	}

	/**
	 * Sets the training method ID of this certification.
	 *
	 * @param trainingMethodId the training method ID of this certification
	 */
	@Override
	public void setTrainingMethodId(long trainingMethodId) {
		model.setTrainingMethodId(trainingMethodId);
	}

	/**
	 * Sets the user ID of this certification.
	 *
	 * @param userId the user ID of this certification
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this certification.
	 *
	 * @param userName the user name of this certification
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this certification.
	 *
	 * @param userUuid the user uuid of this certification
	 */
	@Override
	public void setUserUuid(String userUuid) {
		model.setUserUuid(userUuid);
	}

	/**
	 * Sets the uuid of this certification.
	 *
	 * @param uuid the uuid of this certification
	 */
	@Override
	public void setUuid(String uuid) {
		model.setUuid(uuid);
	}

	/**
	 * Sets the valid until of this certification.
	 *
	 * @param validUntil the valid until of this certification
	 */
	@Override
	public void setValidUntil(Date validUntil) {
		model.setValidUntil(validUntil);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	public StagedModelType getStagedModelType() {
		return model.getStagedModelType();
	}

	@Override
	protected CertificationWrapper wrap(Certification certification) {
		return new CertificationWrapper(certification);
	}

}