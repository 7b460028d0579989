/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchReviewNoticeException;
import se.livsviktig.careprogram.model.ReviewNotice;

/**
 * The persistence interface for the review notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReviewNoticeUtil
 * @generated
 */
@ProviderType
public interface ReviewNoticePersistence extends BasePersistence<ReviewNotice> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ReviewNoticeUtil} to access the review notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice
	 * @throws NoSuchReviewNoticeException if a matching review notice could not be found
	 */
	public ReviewNotice findByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws NoSuchReviewNoticeException;

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	public ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey);

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	public ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey, boolean useFinderCache);

	/**
	 * Removes the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the review notice that was removed
	 */
	public ReviewNotice removeByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws NoSuchReviewNoticeException;

	/**
	 * Returns the number of review notices where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the number of matching review notices
	 */
	public int countByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey);

	/**
	 * Caches the review notice in the entity cache if it is enabled.
	 *
	 * @param reviewNotice the review notice
	 */
	public void cacheResult(ReviewNotice reviewNotice);

	/**
	 * Caches the review notices in the entity cache if it is enabled.
	 *
	 * @param reviewNotices the review notices
	 */
	public void cacheResult(java.util.List<ReviewNotice> reviewNotices);

	/**
	 * Creates a new review notice with the primary key. Does not add the review notice to the database.
	 *
	 * @param reviewNoticeId the primary key for the new review notice
	 * @return the new review notice
	 */
	public ReviewNotice create(long reviewNoticeId);

	/**
	 * Removes the review notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice that was removed
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	public ReviewNotice remove(long reviewNoticeId)
		throws NoSuchReviewNoticeException;

	public ReviewNotice updateImpl(ReviewNotice reviewNotice);

	/**
	 * Returns the review notice with the primary key or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	public ReviewNotice findByPrimaryKey(long reviewNoticeId)
		throws NoSuchReviewNoticeException;

	/**
	 * Returns the review notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice, or <code>null</code> if a review notice with the primary key could not be found
	 */
	public ReviewNotice fetchByPrimaryKey(long reviewNoticeId);

	/**
	 * Returns all the review notices.
	 *
	 * @return the review notices
	 */
	public java.util.List<ReviewNotice> findAll();

	/**
	 * Returns a range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @return the range of review notices
	 */
	public java.util.List<ReviewNotice> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of review notices
	 */
	public java.util.List<ReviewNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReviewNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of review notices
	 */
	public java.util.List<ReviewNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReviewNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the review notices from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of review notices.
	 *
	 * @return the number of review notices
	 */
	public int countAll();

}