/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.portal.kernel.model.ModelWrapper;
import com.liferay.portal.kernel.model.wrapper.BaseModelWrapper;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * <p>
 * This class is a wrapper for {@link ReviewNotice}.
 * </p>
 *
 * @author Livsviktig
 * @see ReviewNotice
 * @generated
 */
public class ReviewNoticeWrapper
	extends BaseModelWrapper<ReviewNotice>
	implements ModelWrapper<ReviewNotice>, ReviewNotice {

	public ReviewNoticeWrapper(ReviewNotice reviewNotice) {
		super(reviewNotice);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("reviewNoticeId", getReviewNoticeId());
		attributes.put("companyId", getCompanyId());
		attributes.put("createDate", getCreateDate());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("localRoutineId", getLocalRoutineId());
		attributes.put("recipientUserId", getRecipientUserId());
		attributes.put("noticeKind", getNoticeKind());
		attributes.put("episodeKey", getEpisodeKey());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long reviewNoticeId = (Long)attributes.get("reviewNoticeId");

		if (reviewNoticeId != null) {
			setReviewNoticeId(reviewNoticeId);
		}

		Long companyId = (Long)attributes.get("companyId");

		if (companyId != null) {
			setCompanyId(companyId);
		}

		Date createDate = (Date)attributes.get("createDate");

		if (createDate != null) {
			setCreateDate(createDate);
		}

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long localRoutineId = (Long)attributes.get("localRoutineId");

		if (localRoutineId != null) {
			setLocalRoutineId(localRoutineId);
		}

		Long recipientUserId = (Long)attributes.get("recipientUserId");

		if (recipientUserId != null) {
			setRecipientUserId(recipientUserId);
		}

		Integer noticeKind = (Integer)attributes.get("noticeKind");

		if (noticeKind != null) {
			setNoticeKind(noticeKind);
		}

		String episodeKey = (String)attributes.get("episodeKey");

		if (episodeKey != null) {
			setEpisodeKey(episodeKey);
		}
	}

	@Override
	public ReviewNotice cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the care program ID of this review notice.
	 *
	 * @return the care program ID of this review notice
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the company ID of this review notice.
	 *
	 * @return the company ID of this review notice
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the create date of this review notice.
	 *
	 * @return the create date of this review notice
	 */
	@Override
	public Date getCreateDate() {
		return model.getCreateDate();
	}

	/**
	 * Returns the episode key of this review notice.
	 *
	 * @return the episode key of this review notice
	 */
	@Override
	public String getEpisodeKey() {
		return model.getEpisodeKey();
	}

	/**
	 * Returns the local routine ID of this review notice.
	 *
	 * @return the local routine ID of this review notice
	 */
	@Override
	public long getLocalRoutineId() {
		return model.getLocalRoutineId();
	}

	/**
	 * Returns the mvcc version of this review notice.
	 *
	 * @return the mvcc version of this review notice
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the notice kind of this review notice.
	 *
	 * @return the notice kind of this review notice
	 */
	@Override
	public int getNoticeKind() {
		return model.getNoticeKind();
	}

	/**
	 * Returns the primary key of this review notice.
	 *
	 * @return the primary key of this review notice
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the recipient user ID of this review notice.
	 *
	 * @return the recipient user ID of this review notice
	 */
	@Override
	public long getRecipientUserId() {
		return model.getRecipientUserId();
	}

	/**
	 * Returns the recipient user uuid of this review notice.
	 *
	 * @return the recipient user uuid of this review notice
	 */
	@Override
	public String getRecipientUserUuid() {
		return model.getRecipientUserUuid();
	}

	/**
	 * Returns the review notice ID of this review notice.
	 *
	 * @return the review notice ID of this review notice
	 */
	@Override
	public long getReviewNoticeId() {
		return model.getReviewNoticeId();
	}

	@Override
	public void persist() {
		model.persist();
	}

	/**
	 * Sets the care program ID of this review notice.
	 *
	 * @param careProgramId the care program ID of this review notice
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the company ID of this review notice.
	 *
	 * @param companyId the company ID of this review notice
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the create date of this review notice.
	 *
	 * @param createDate the create date of this review notice
	 */
	@Override
	public void setCreateDate(Date createDate) {
		model.setCreateDate(createDate);
	}

	/**
	 * Sets the episode key of this review notice.
	 *
	 * @param episodeKey the episode key of this review notice
	 */
	@Override
	public void setEpisodeKey(String episodeKey) {
		model.setEpisodeKey(episodeKey);
	}

	/**
	 * Sets the local routine ID of this review notice.
	 *
	 * @param localRoutineId the local routine ID of this review notice
	 */
	@Override
	public void setLocalRoutineId(long localRoutineId) {
		model.setLocalRoutineId(localRoutineId);
	}

	/**
	 * Sets the mvcc version of this review notice.
	 *
	 * @param mvccVersion the mvcc version of this review notice
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the notice kind of this review notice.
	 *
	 * @param noticeKind the notice kind of this review notice
	 */
	@Override
	public void setNoticeKind(int noticeKind) {
		model.setNoticeKind(noticeKind);
	}

	/**
	 * Sets the primary key of this review notice.
	 *
	 * @param primaryKey the primary key of this review notice
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the recipient user ID of this review notice.
	 *
	 * @param recipientUserId the recipient user ID of this review notice
	 */
	@Override
	public void setRecipientUserId(long recipientUserId) {
		model.setRecipientUserId(recipientUserId);
	}

	/**
	 * Sets the recipient user uuid of this review notice.
	 *
	 * @param recipientUserUuid the recipient user uuid of this review notice
	 */
	@Override
	public void setRecipientUserUuid(String recipientUserUuid) {
		model.setRecipientUserUuid(recipientUserUuid);
	}

	/**
	 * Sets the review notice ID of this review notice.
	 *
	 * @param reviewNoticeId the review notice ID of this review notice
	 */
	@Override
	public void setReviewNoticeId(long reviewNoticeId) {
		model.setReviewNoticeId(reviewNoticeId);
	}

	@Override
	public String toXmlString() {
		return model.toXmlString();
	}

	@Override
	protected ReviewNoticeWrapper wrap(ReviewNotice reviewNotice) {
		return new ReviewNoticeWrapper(reviewNotice);
	}

}