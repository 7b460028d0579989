/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.careprogram.model.CareProgramContact;

/**
 * The persistence utility for the care program contact service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.CareProgramContactPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramContactPersistence
 * @generated
 */
public class CareProgramContactUtil {

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
	public static void clearCache(CareProgramContact careProgramContact) {
		getPersistence().clearCache(careProgramContact);
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
	public static Map<Serializable, CareProgramContact> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CareProgramContact> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CareProgramContact> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CareProgramContact> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CareProgramContact update(
		CareProgramContact careProgramContact) {

		return getPersistence().update(careProgramContact);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CareProgramContact update(
		CareProgramContact careProgramContact, ServiceContext serviceContext) {

		return getPersistence().update(careProgramContact, serviceContext);
	}

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public static CareProgramContact findByP_U(long careProgramId, long userId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().findByP_U(careProgramId, userId);
	}

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public static CareProgramContact fetchByP_U(
		long careProgramId, long userId) {

		return getPersistence().fetchByP_U(careProgramId, userId);
	}

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public static CareProgramContact fetchByP_U(
		long careProgramId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByP_U(
			careProgramId, userId, useFinderCache);
	}

	/**
	 * Removes the care program contact where careProgramId = &#63; and userId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the care program contact that was removed
	 */
	public static CareProgramContact removeByP_U(
			long careProgramId, long userId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().removeByP_U(careProgramId, userId);
	}

	/**
	 * Returns the number of care program contacts where careProgramId = &#63; and userId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the number of matching care program contacts
	 */
	public static int countByP_U(long careProgramId, long userId) {
		return getPersistence().countByP_U(careProgramId, userId);
	}

	/**
	 * Returns all the care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program contacts
	 */
	public static List<CareProgramContact> findByCareProgramId(
		long careProgramId) {

		return getPersistence().findByCareProgramId(careProgramId);
	}

	/**
	 * Returns a range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @return the range of matching care program contacts
	 */
	public static List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end) {

		return getPersistence().findByCareProgramId(careProgramId, start, end);
	}

	/**
	 * Returns an ordered range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program contacts
	 */
	public static List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program contacts
	 */
	public static List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public static CareProgramContact findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().findByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public static CareProgramContact fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return getPersistence().fetchByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public static CareProgramContact findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().findByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public static CareProgramContact fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return getPersistence().fetchByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the care program contacts before and after the current care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramContactId the primary key of the current care program contact
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public static CareProgramContact[] findByCareProgramId_PrevAndNext(
			long careProgramContactId, long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().findByCareProgramId_PrevAndNext(
			careProgramContactId, careProgramId, orderByComparator);
	}

	/**
	 * Removes all the care program contacts where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public static void removeByCareProgramId(long careProgramId) {
		getPersistence().removeByCareProgramId(careProgramId);
	}

	/**
	 * Returns the number of care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program contacts
	 */
	public static int countByCareProgramId(long careProgramId) {
		return getPersistence().countByCareProgramId(careProgramId);
	}

	/**
	 * Caches the care program contact in the entity cache if it is enabled.
	 *
	 * @param careProgramContact the care program contact
	 */
	public static void cacheResult(CareProgramContact careProgramContact) {
		getPersistence().cacheResult(careProgramContact);
	}

	/**
	 * Caches the care program contacts in the entity cache if it is enabled.
	 *
	 * @param careProgramContacts the care program contacts
	 */
	public static void cacheResult(
		List<CareProgramContact> careProgramContacts) {

		getPersistence().cacheResult(careProgramContacts);
	}

	/**
	 * Creates a new care program contact with the primary key. Does not add the care program contact to the database.
	 *
	 * @param careProgramContactId the primary key for the new care program contact
	 * @return the new care program contact
	 */
	public static CareProgramContact create(long careProgramContactId) {
		return getPersistence().create(careProgramContactId);
	}

	/**
	 * Removes the care program contact with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact that was removed
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public static CareProgramContact remove(long careProgramContactId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().remove(careProgramContactId);
	}

	public static CareProgramContact updateImpl(
		CareProgramContact careProgramContact) {

		return getPersistence().updateImpl(careProgramContact);
	}

	/**
	 * Returns the care program contact with the primary key or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public static CareProgramContact findByPrimaryKey(long careProgramContactId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramContactException {

		return getPersistence().findByPrimaryKey(careProgramContactId);
	}

	/**
	 * Returns the care program contact with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact, or <code>null</code> if a care program contact with the primary key could not be found
	 */
	public static CareProgramContact fetchByPrimaryKey(
		long careProgramContactId) {

		return getPersistence().fetchByPrimaryKey(careProgramContactId);
	}

	/**
	 * Returns all the care program contacts.
	 *
	 * @return the care program contacts
	 */
	public static List<CareProgramContact> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @return the range of care program contacts
	 */
	public static List<CareProgramContact> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program contacts
	 */
	public static List<CareProgramContact> findAll(
		int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program contacts
	 */
	public static List<CareProgramContact> findAll(
		int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the care program contacts from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of care program contacts.
	 *
	 * @return the number of care program contacts
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CareProgramContactPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		CareProgramContactPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile CareProgramContactPersistence _persistence;

}