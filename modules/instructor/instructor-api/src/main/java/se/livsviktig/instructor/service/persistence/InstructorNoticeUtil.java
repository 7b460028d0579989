/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.instructor.model.InstructorNotice;

/**
 * The persistence utility for the instructor notice service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.InstructorNoticePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNoticePersistence
 * @generated
 */
public class InstructorNoticeUtil {

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
	public static void clearCache(InstructorNotice instructorNotice) {
		getPersistence().clearCache(instructorNotice);
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
	public static Map<Serializable, InstructorNotice> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<InstructorNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<InstructorNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<InstructorNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static InstructorNotice update(InstructorNotice instructorNotice) {
		return getPersistence().update(instructorNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static InstructorNotice update(
		InstructorNotice instructorNotice, ServiceContext serviceContext) {

		return getPersistence().update(instructorNotice, serviceContext);
	}

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public static InstructorNotice findByCI_NK(
			long certificationId, String noticeKind)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().findByCI_NK(certificationId, noticeKind);
	}

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public static InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind) {

		return getPersistence().fetchByCI_NK(certificationId, noticeKind);
	}

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public static InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind, boolean useFinderCache) {

		return getPersistence().fetchByCI_NK(
			certificationId, noticeKind, useFinderCache);
	}

	/**
	 * Removes the instructor notice where certificationId = &#63; and noticeKind = &#63; from the database.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the instructor notice that was removed
	 */
	public static InstructorNotice removeByCI_NK(
			long certificationId, String noticeKind)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().removeByCI_NK(certificationId, noticeKind);
	}

	/**
	 * Returns the number of instructor notices where certificationId = &#63; and noticeKind = &#63;.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the number of matching instructor notices
	 */
	public static int countByCI_NK(long certificationId, String noticeKind) {
		return getPersistence().countByCI_NK(certificationId, noticeKind);
	}

	/**
	 * Returns all the instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching instructor notices
	 */
	public static List<InstructorNotice> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

	/**
	 * Returns a range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of matching instructor notices
	 */
	public static List<InstructorNotice> findByUserId(
		long userId, int start, int end) {

		return getPersistence().findByUserId(userId, start, end);
	}

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor notices
	 */
	public static List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor notices
	 */
	public static List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public static InstructorNotice findByUserId_First(
			long userId, OrderByComparator<InstructorNotice> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public static InstructorNotice fetchByUserId_First(
		long userId, OrderByComparator<InstructorNotice> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	public static InstructorNotice findByUserId_Last(
			long userId, OrderByComparator<InstructorNotice> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	public static InstructorNotice fetchByUserId_Last(
		long userId, OrderByComparator<InstructorNotice> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the instructor notices before and after the current instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param instructorNoticeId the primary key of the current instructor notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public static InstructorNotice[] findByUserId_PrevAndNext(
			long instructorNoticeId, long userId,
			OrderByComparator<InstructorNotice> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().findByUserId_PrevAndNext(
			instructorNoticeId, userId, orderByComparator);
	}

	/**
	 * Removes all the instructor notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching instructor notices
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Caches the instructor notice in the entity cache if it is enabled.
	 *
	 * @param instructorNotice the instructor notice
	 */
	public static void cacheResult(InstructorNotice instructorNotice) {
		getPersistence().cacheResult(instructorNotice);
	}

	/**
	 * Caches the instructor notices in the entity cache if it is enabled.
	 *
	 * @param instructorNotices the instructor notices
	 */
	public static void cacheResult(List<InstructorNotice> instructorNotices) {
		getPersistence().cacheResult(instructorNotices);
	}

	/**
	 * Creates a new instructor notice with the primary key. Does not add the instructor notice to the database.
	 *
	 * @param instructorNoticeId the primary key for the new instructor notice
	 * @return the new instructor notice
	 */
	public static InstructorNotice create(long instructorNoticeId) {
		return getPersistence().create(instructorNoticeId);
	}

	/**
	 * Removes the instructor notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice that was removed
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public static InstructorNotice remove(long instructorNoticeId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().remove(instructorNoticeId);
	}

	public static InstructorNotice updateImpl(
		InstructorNotice instructorNotice) {

		return getPersistence().updateImpl(instructorNotice);
	}

	/**
	 * Returns the instructor notice with the primary key or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	public static InstructorNotice findByPrimaryKey(long instructorNoticeId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNoticeException {

		return getPersistence().findByPrimaryKey(instructorNoticeId);
	}

	/**
	 * Returns the instructor notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice, or <code>null</code> if a instructor notice with the primary key could not be found
	 */
	public static InstructorNotice fetchByPrimaryKey(long instructorNoticeId) {
		return getPersistence().fetchByPrimaryKey(instructorNoticeId);
	}

	/**
	 * Returns all the instructor notices.
	 *
	 * @return the instructor notices
	 */
	public static List<InstructorNotice> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of instructor notices
	 */
	public static List<InstructorNotice> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of instructor notices
	 */
	public static List<InstructorNotice> findAll(
		int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of instructor notices
	 */
	public static List<InstructorNotice> findAll(
		int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the instructor notices from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of instructor notices.
	 *
	 * @return the number of instructor notices
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static InstructorNoticePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(InstructorNoticePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile InstructorNoticePersistence _persistence;

}