/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchTrainingNoticeException;
import se.livsviktig.training.model.TrainingNotice;

/**
 * The persistence interface for the training notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see TrainingNoticeUtil
 * @generated
 */
@ProviderType
public interface TrainingNoticePersistence
	extends BasePersistence<TrainingNotice> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link TrainingNoticeUtil} to access the training notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public TrainingNotice findByC_NK(long companyId, String noticeKey)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByC_NK(long companyId, String noticeKey);

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByC_NK(
		long companyId, String noticeKey, boolean useFinderCache);

	/**
	 * Removes the training notice where companyId = &#63; and noticeKey = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the training notice that was removed
	 */
	public TrainingNotice removeByC_NK(long companyId, String noticeKey)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the number of training notices where companyId = &#63; and noticeKey = &#63;.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the number of matching training notices
	 */
	public int countByC_NK(long companyId, String noticeKey);

	/**
	 * Returns all the training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching training notices
	 */
	public java.util.List<TrainingNotice> findByRegistrationId(
		long registrationId);

	/**
	 * Returns a range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end);

	/**
	 * Returns an ordered range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public TrainingNotice findByRegistrationId_First(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByRegistrationId_First(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public TrainingNotice findByRegistrationId_Last(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByRegistrationId_Last(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public TrainingNotice[] findByRegistrationId_PrevAndNext(
			long trainingNoticeId, long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Removes all the training notices where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public void removeByRegistrationId(long registrationId);

	/**
	 * Returns the number of training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching training notices
	 */
	public int countByRegistrationId(long registrationId);

	/**
	 * Returns all the training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching training notices
	 */
	public java.util.List<TrainingNotice> findByUserId(long userId);

	/**
	 * Returns a range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByUserId(
		long userId, int start, int end);

	/**
	 * Returns an ordered range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training notices
	 */
	public java.util.List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public TrainingNotice findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public TrainingNotice findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public TrainingNotice fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where userId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public TrainingNotice[] findByUserId_PrevAndNext(
			long trainingNoticeId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
				orderByComparator)
		throws NoSuchTrainingNoticeException;

	/**
	 * Removes all the training notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching training notices
	 */
	public int countByUserId(long userId);

	/**
	 * Caches the training notice in the entity cache if it is enabled.
	 *
	 * @param trainingNotice the training notice
	 */
	public void cacheResult(TrainingNotice trainingNotice);

	/**
	 * Caches the training notices in the entity cache if it is enabled.
	 *
	 * @param trainingNotices the training notices
	 */
	public void cacheResult(java.util.List<TrainingNotice> trainingNotices);

	/**
	 * Creates a new training notice with the primary key. Does not add the training notice to the database.
	 *
	 * @param trainingNoticeId the primary key for the new training notice
	 * @return the new training notice
	 */
	public TrainingNotice create(long trainingNoticeId);

	/**
	 * Removes the training notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice that was removed
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public TrainingNotice remove(long trainingNoticeId)
		throws NoSuchTrainingNoticeException;

	public TrainingNotice updateImpl(TrainingNotice trainingNotice);

	/**
	 * Returns the training notice with the primary key or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public TrainingNotice findByPrimaryKey(long trainingNoticeId)
		throws NoSuchTrainingNoticeException;

	/**
	 * Returns the training notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice, or <code>null</code> if a training notice with the primary key could not be found
	 */
	public TrainingNotice fetchByPrimaryKey(long trainingNoticeId);

	/**
	 * Returns all the training notices.
	 *
	 * @return the training notices
	 */
	public java.util.List<TrainingNotice> findAll();

	/**
	 * Returns a range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of training notices
	 */
	public java.util.List<TrainingNotice> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of training notices
	 */
	public java.util.List<TrainingNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of training notices
	 */
	public java.util.List<TrainingNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the training notices from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of training notices.
	 *
	 * @return the number of training notices
	 */
	public int countAll();

}