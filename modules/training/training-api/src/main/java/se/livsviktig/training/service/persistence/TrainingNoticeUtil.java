/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.training.model.TrainingNotice;

/**
 * The persistence utility for the training notice service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.TrainingNoticePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see TrainingNoticePersistence
 * @generated
 */
public class TrainingNoticeUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(TrainingNotice trainingNotice) {
		getPersistence().clearCache(trainingNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, TrainingNotice> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<TrainingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<TrainingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<TrainingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static TrainingNotice update(TrainingNotice trainingNotice) {
		return getPersistence().update(trainingNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static TrainingNotice update(
		TrainingNotice trainingNotice, ServiceContext serviceContext) {

		return getPersistence().update(trainingNotice, serviceContext);
	}

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public static TrainingNotice findByC_NK(long companyId, String noticeKey)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByC_NK(companyId, noticeKey);
	}

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByC_NK(long companyId, String noticeKey) {
		return getPersistence().fetchByC_NK(companyId, noticeKey);
	}

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByC_NK(
		long companyId, String noticeKey, boolean useFinderCache) {

		return getPersistence().fetchByC_NK(
			companyId, noticeKey, useFinderCache);
	}

	/**
	 * Removes the training notice where companyId = &#63; and noticeKey = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the training notice that was removed
	 */
	public static TrainingNotice removeByC_NK(long companyId, String noticeKey)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().removeByC_NK(companyId, noticeKey);
	}

	/**
	 * Returns the number of training notices where companyId = &#63; and noticeKey = &#63;.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the number of matching training notices
	 */
	public static int countByC_NK(long companyId, String noticeKey) {
		return getPersistence().countByC_NK(companyId, noticeKey);
	}

	/**
	 * Returns all the training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching training notices
	 */
	public static List<TrainingNotice> findByRegistrationId(
		long registrationId) {

		return getPersistence().findByRegistrationId(registrationId);
	}

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
	public static List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end);
	}

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
	public static List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator);
	}

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
	public static List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public static TrainingNotice findByRegistrationId_First(
			long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByRegistrationId_First(
		long registrationId,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().fetchByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public static TrainingNotice findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByRegistrationId_Last(
		long registrationId,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().fetchByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public static TrainingNotice[] findByRegistrationId_PrevAndNext(
			long trainingNoticeId, long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByRegistrationId_PrevAndNext(
			trainingNoticeId, registrationId, orderByComparator);
	}

	/**
	 * Removes all the training notices where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public static void removeByRegistrationId(long registrationId) {
		getPersistence().removeByRegistrationId(registrationId);
	}

	/**
	 * Returns the number of training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching training notices
	 */
	public static int countByRegistrationId(long registrationId) {
		return getPersistence().countByRegistrationId(registrationId);
	}

	/**
	 * Returns all the training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching training notices
	 */
	public static List<TrainingNotice> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

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
	public static List<TrainingNotice> findByUserId(
		long userId, int start, int end) {

		return getPersistence().findByUserId(userId, start, end);
	}

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
	public static List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

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
	public static List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public static TrainingNotice findByUserId_First(
			long userId, OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByUserId_First(
		long userId, OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	public static TrainingNotice findByUserId_Last(
			long userId, OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	public static TrainingNotice fetchByUserId_Last(
		long userId, OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where userId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public static TrainingNotice[] findByUserId_PrevAndNext(
			long trainingNoticeId, long userId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByUserId_PrevAndNext(
			trainingNoticeId, userId, orderByComparator);
	}

	/**
	 * Removes all the training notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching training notices
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Caches the training notice in the entity cache if it is enabled.
	 *
	 * @param trainingNotice the training notice
	 */
	public static void cacheResult(TrainingNotice trainingNotice) {
		getPersistence().cacheResult(trainingNotice);
	}

	/**
	 * Caches the training notices in the entity cache if it is enabled.
	 *
	 * @param trainingNotices the training notices
	 */
	public static void cacheResult(List<TrainingNotice> trainingNotices) {
		getPersistence().cacheResult(trainingNotices);
	}

	/**
	 * Creates a new training notice with the primary key. Does not add the training notice to the database.
	 *
	 * @param trainingNoticeId the primary key for the new training notice
	 * @return the new training notice
	 */
	public static TrainingNotice create(long trainingNoticeId) {
		return getPersistence().create(trainingNoticeId);
	}

	/**
	 * Removes the training notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice that was removed
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public static TrainingNotice remove(long trainingNoticeId)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().remove(trainingNoticeId);
	}

	public static TrainingNotice updateImpl(TrainingNotice trainingNotice) {
		return getPersistence().updateImpl(trainingNotice);
	}

	/**
	 * Returns the training notice with the primary key or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	public static TrainingNotice findByPrimaryKey(long trainingNoticeId)
		throws se.livsviktig.training.exception.NoSuchTrainingNoticeException {

		return getPersistence().findByPrimaryKey(trainingNoticeId);
	}

	/**
	 * Returns the training notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice, or <code>null</code> if a training notice with the primary key could not be found
	 */
	public static TrainingNotice fetchByPrimaryKey(long trainingNoticeId) {
		return getPersistence().fetchByPrimaryKey(trainingNoticeId);
	}

	/**
	 * Returns all the training notices.
	 *
	 * @return the training notices
	 */
	public static List<TrainingNotice> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<TrainingNotice> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<TrainingNotice> findAll(
		int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<TrainingNotice> findAll(
		int start, int end, OrderByComparator<TrainingNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the training notices from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of training notices.
	 *
	 * @return the number of training notices
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static TrainingNoticePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(TrainingNoticePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile TrainingNoticePersistence _persistence;

}