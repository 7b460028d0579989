/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchContentReviewException;
import se.livsviktig.careprogram.model.ContentReview;

/**
 * The persistence interface for the content review service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ContentReviewUtil
 * @generated
 */
@ProviderType
public interface ContentReviewPersistence
	extends BasePersistence<ContentReview> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ContentReviewUtil} to access the content review persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching content reviews
	 */
	public java.util.List<ContentReview> findByCareProgramId(
		long careProgramId);

	/**
	 * Returns a range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public java.util.List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end);

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByCareProgramId_First(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByCareProgramId_First(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByCareProgramId_Last(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByCareProgramId_Last(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public ContentReview[] findByCareProgramId_PrevAndNext(
			long contentReviewId, long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Removes all the content reviews where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public void removeByCareProgramId(long careProgramId);

	/**
	 * Returns the number of content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching content reviews
	 */
	public int countByCareProgramId(long careProgramId);

	/**
	 * Returns all the content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the matching content reviews
	 */
	public java.util.List<ContentReview> findByLocalRoutineId(
		long localRoutineId);

	/**
	 * Returns a range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public java.util.List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end);

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByLocalRoutineId_First(
			long localRoutineId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByLocalRoutineId_First(
		long localRoutineId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByLocalRoutineId_Last(
			long localRoutineId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByLocalRoutineId_Last(
		long localRoutineId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public ContentReview[] findByLocalRoutineId_PrevAndNext(
			long contentReviewId, long localRoutineId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Removes all the content reviews where localRoutineId = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 */
	public void removeByLocalRoutineId(long localRoutineId);

	/**
	 * Returns the number of content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the number of matching content reviews
	 */
	public int countByLocalRoutineId(long localRoutineId);

	/**
	 * Returns all the content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching content reviews
	 */
	public java.util.List<ContentReview> findByUserId(long userId);

	/**
	 * Returns a range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public java.util.List<ContentReview> findByUserId(
		long userId, int start, int end);

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public java.util.List<ContentReview> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public ContentReview findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public ContentReview fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where userId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public ContentReview[] findByUserId_PrevAndNext(
			long contentReviewId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
				orderByComparator)
		throws NoSuchContentReviewException;

	/**
	 * Removes all the content reviews where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching content reviews
	 */
	public int countByUserId(long userId);

	/**
	 * Caches the content review in the entity cache if it is enabled.
	 *
	 * @param contentReview the content review
	 */
	public void cacheResult(ContentReview contentReview);

	/**
	 * Caches the content reviews in the entity cache if it is enabled.
	 *
	 * @param contentReviews the content reviews
	 */
	public void cacheResult(java.util.List<ContentReview> contentReviews);

	/**
	 * Creates a new content review with the primary key. Does not add the content review to the database.
	 *
	 * @param contentReviewId the primary key for the new content review
	 * @return the new content review
	 */
	public ContentReview create(long contentReviewId);

	/**
	 * Removes the content review with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review that was removed
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public ContentReview remove(long contentReviewId)
		throws NoSuchContentReviewException;

	public ContentReview updateImpl(ContentReview contentReview);

	/**
	 * Returns the content review with the primary key or throws a <code>NoSuchContentReviewException</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public ContentReview findByPrimaryKey(long contentReviewId)
		throws NoSuchContentReviewException;

	/**
	 * Returns the content review with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review, or <code>null</code> if a content review with the primary key could not be found
	 */
	public ContentReview fetchByPrimaryKey(long contentReviewId);

	/**
	 * Returns all the content reviews.
	 *
	 * @return the content reviews
	 */
	public java.util.List<ContentReview> findAll();

	/**
	 * Returns a range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of content reviews
	 */
	public java.util.List<ContentReview> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of content reviews
	 */
	public java.util.List<ContentReview> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator);

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of content reviews
	 */
	public java.util.List<ContentReview> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ContentReview>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the content reviews from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of content reviews.
	 *
	 * @return the number of content reviews
	 */
	public int countAll();

}