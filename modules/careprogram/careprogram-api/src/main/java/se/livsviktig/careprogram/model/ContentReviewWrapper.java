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
 * This class is a wrapper for {@link ContentReview}.
 * </p>
 *
 * @author Livsviktig
 * @see ContentReview
 * @generated
 */
public class ContentReviewWrapper
	extends BaseModelWrapper<ContentReview>
	implements ContentReview, ModelWrapper<ContentReview> {

	public ContentReviewWrapper(ContentReview contentReview) {
		super(contentReview);
	}

	@Override
	public Map<String, Object> getModelAttributes() {
		Map<String, Object> attributes = new HashMap<String, Object>();

		attributes.put("mvccVersion", getMvccVersion());
		attributes.put("contentReviewId", getContentReviewId());
		attributes.put("groupId", getGroupId());
		attributes.put("companyId", getCompanyId());
		attributes.put("userId", getUserId());
		attributes.put("userName", getUserName());
		attributes.put("careProgramId", getCareProgramId());
		attributes.put("localRoutineId", getLocalRoutineId());
		attributes.put("reviewDate", getReviewDate());
		attributes.put("reviewKind", getReviewKind());
		attributes.put("comment", getComment());
		attributes.put("articleVersion", getArticleVersion());

		return attributes;
	}

	@Override
	public void setModelAttributes(Map<String, Object> attributes) {
		Long mvccVersion = (Long)attributes.get("mvccVersion");

		if (mvccVersion != null) {
			setMvccVersion(mvccVersion);
		}

		Long contentReviewId = (Long)attributes.get("contentReviewId");

		if (contentReviewId != null) {
			setContentReviewId(contentReviewId);
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

		Long careProgramId = (Long)attributes.get("careProgramId");

		if (careProgramId != null) {
			setCareProgramId(careProgramId);
		}

		Long localRoutineId = (Long)attributes.get("localRoutineId");

		if (localRoutineId != null) {
			setLocalRoutineId(localRoutineId);
		}

		Date reviewDate = (Date)attributes.get("reviewDate");

		if (reviewDate != null) {
			setReviewDate(reviewDate);
		}

		Integer reviewKind = (Integer)attributes.get("reviewKind");

		if (reviewKind != null) {
			setReviewKind(reviewKind);
		}

		String comment = (String)attributes.get("comment");

		if (comment != null) {
			setComment(comment);
		}

		Double articleVersion = (Double)attributes.get("articleVersion");

		if (articleVersion != null) {
			setArticleVersion(articleVersion);
		}
	}

	@Override
	public ContentReview cloneWithOriginalValues() {
		return wrap(model.cloneWithOriginalValues());
	}

	/**
	 * Returns the article version of this content review.
	 *
	 * @return the article version of this content review
	 */
	@Override
	public double getArticleVersion() {
		return model.getArticleVersion();
	}

	/**
	 * Returns the care program ID of this content review.
	 *
	 * @return the care program ID of this content review
	 */
	@Override
	public long getCareProgramId() {
		return model.getCareProgramId();
	}

	/**
	 * Returns the comment of this content review.
	 *
	 * @return the comment of this content review
	 */
	@Override
	public String getComment() {
		return model.getComment();
	}

	/**
	 * Returns the company ID of this content review.
	 *
	 * @return the company ID of this content review
	 */
	@Override
	public long getCompanyId() {
		return model.getCompanyId();
	}

	/**
	 * Returns the content review ID of this content review.
	 *
	 * @return the content review ID of this content review
	 */
	@Override
	public long getContentReviewId() {
		return model.getContentReviewId();
	}

	/**
	 * Returns the group ID of this content review.
	 *
	 * @return the group ID of this content review
	 */
	@Override
	public long getGroupId() {
		return model.getGroupId();
	}

	/**
	 * Returns the local routine ID of this content review.
	 *
	 * @return the local routine ID of this content review
	 */
	@Override
	public long getLocalRoutineId() {
		return model.getLocalRoutineId();
	}

	/**
	 * Returns the mvcc version of this content review.
	 *
	 * @return the mvcc version of this content review
	 */
	@Override
	public long getMvccVersion() {
		return model.getMvccVersion();
	}

	/**
	 * Returns the primary key of this content review.
	 *
	 * @return the primary key of this content review
	 */
	@Override
	public long getPrimaryKey() {
		return model.getPrimaryKey();
	}

	/**
	 * Returns the review date of this content review.
	 *
	 * @return the review date of this content review
	 */
	@Override
	public Date getReviewDate() {
		return model.getReviewDate();
	}

	/**
	 * Returns the review kind of this content review.
	 *
	 * @return the review kind of this content review
	 */
	@Override
	public int getReviewKind() {
		return model.getReviewKind();
	}

	/**
	 * Returns the user ID of this content review.
	 *
	 * @return the user ID of this content review
	 */
	@Override
	public long getUserId() {
		return model.getUserId();
	}

	/**
	 * Returns the user name of this content review.
	 *
	 * @return the user name of this content review
	 */
	@Override
	public String getUserName() {
		return model.getUserName();
	}

	/**
	 * Returns the user uuid of this content review.
	 *
	 * @return the user uuid of this content review
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
	 * Sets the article version of this content review.
	 *
	 * @param articleVersion the article version of this content review
	 */
	@Override
	public void setArticleVersion(double articleVersion) {
		model.setArticleVersion(articleVersion);
	}

	/**
	 * Sets the care program ID of this content review.
	 *
	 * @param careProgramId the care program ID of this content review
	 */
	@Override
	public void setCareProgramId(long careProgramId) {
		model.setCareProgramId(careProgramId);
	}

	/**
	 * Sets the comment of this content review.
	 *
	 * @param comment the comment of this content review
	 */
	@Override
	public void setComment(String comment) {
		model.setComment(comment);
	}

	/**
	 * Sets the company ID of this content review.
	 *
	 * @param companyId the company ID of this content review
	 */
	@Override
	public void setCompanyId(long companyId) {
		model.setCompanyId(companyId);
	}

	/**
	 * Sets the content review ID of this content review.
	 *
	 * @param contentReviewId the content review ID of this content review
	 */
	@Override
	public void setContentReviewId(long contentReviewId) {
		model.setContentReviewId(contentReviewId);
	}

	/**
	 * Sets the group ID of this content review.
	 *
	 * @param groupId the group ID of this content review
	 */
	@Override
	public void setGroupId(long groupId) {
		model.setGroupId(groupId);
	}

	/**
	 * Sets the local routine ID of this content review.
	 *
	 * @param localRoutineId the local routine ID of this content review
	 */
	@Override
	public void setLocalRoutineId(long localRoutineId) {
		model.setLocalRoutineId(localRoutineId);
	}

	/**
	 * Sets the mvcc version of this content review.
	 *
	 * @param mvccVersion the mvcc version of this content review
	 */
	@Override
	public void setMvccVersion(long mvccVersion) {
		model.setMvccVersion(mvccVersion);
	}

	/**
	 * Sets the primary key of this content review.
	 *
	 * @param primaryKey the primary key of this content review
	 */
	@Override
	public void setPrimaryKey(long primaryKey) {
		model.setPrimaryKey(primaryKey);
	}

	/**
	 * Sets the review date of this content review.
	 *
	 * @param reviewDate the review date of this content review
	 */
	@Override
	public void setReviewDate(Date reviewDate) {
		model.setReviewDate(reviewDate);
	}

	/**
	 * Sets the review kind of this content review.
	 *
	 * @param reviewKind the review kind of this content review
	 */
	@Override
	public void setReviewKind(int reviewKind) {
		model.setReviewKind(reviewKind);
	}

	/**
	 * Sets the user ID of this content review.
	 *
	 * @param userId the user ID of this content review
	 */
	@Override
	public void setUserId(long userId) {
		model.setUserId(userId);
	}

	/**
	 * Sets the user name of this content review.
	 *
	 * @param userName the user name of this content review
	 */
	@Override
	public void setUserName(String userName) {
		model.setUserName(userName);
	}

	/**
	 * Sets the user uuid of this content review.
	 *
	 * @param userUuid the user uuid of this content review
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
	protected ContentReviewWrapper wrap(ContentReview contentReview) {
		return new ContentReviewWrapper(contentReview);
	}

}