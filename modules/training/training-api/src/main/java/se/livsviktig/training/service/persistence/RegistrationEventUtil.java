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

import se.livsviktig.training.model.RegistrationEvent;

/**
 * The persistence utility for the registration event service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.RegistrationEventPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see RegistrationEventPersistence
 * @generated
 */
public class RegistrationEventUtil {

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
	public static void clearCache(RegistrationEvent registrationEvent) {
		getPersistence().clearCache(registrationEvent);
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
	public static Map<Serializable, RegistrationEvent> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<RegistrationEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<RegistrationEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<RegistrationEvent> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static RegistrationEvent update(
		RegistrationEvent registrationEvent) {

		return getPersistence().update(registrationEvent);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static RegistrationEvent update(
		RegistrationEvent registrationEvent, ServiceContext serviceContext) {

		return getPersistence().update(registrationEvent, serviceContext);
	}

	/**
	 * Returns all the registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching registration events
	 */
	public static List<RegistrationEvent> findByRegistrationId(
		long registrationId) {

		return getPersistence().findByRegistrationId(registrationId);
	}

	/**
	 * Returns a range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of matching registration events
	 */
	public static List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end);
	}

	/**
	 * Returns an ordered range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching registration events
	 */
	public static List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching registration events
	 */
	public static List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public static RegistrationEvent findByRegistrationId_First(
			long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public static RegistrationEvent fetchByRegistrationId_First(
		long registrationId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().fetchByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public static RegistrationEvent findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public static RegistrationEvent fetchByRegistrationId_Last(
		long registrationId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().fetchByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public static RegistrationEvent[] findByRegistrationId_PrevAndNext(
			long registrationEventId, long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByRegistrationId_PrevAndNext(
			registrationEventId, registrationId, orderByComparator);
	}

	/**
	 * Removes all the registration events where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public static void removeByRegistrationId(long registrationId) {
		getPersistence().removeByRegistrationId(registrationId);
	}

	/**
	 * Returns the number of registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching registration events
	 */
	public static int countByRegistrationId(long registrationId) {
		return getPersistence().countByRegistrationId(registrationId);
	}

	/**
	 * Returns all the registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching registration events
	 */
	public static List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId) {

		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of matching registration events
	 */
	public static List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching registration events
	 */
	public static List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching registration events
	 */
	public static List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public static RegistrationEvent findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public static RegistrationEvent fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public static RegistrationEvent findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public static RegistrationEvent fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public static RegistrationEvent[] findByCourseSessionId_PrevAndNext(
			long registrationEventId, long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			registrationEventId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the registration events where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching registration events
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Caches the registration event in the entity cache if it is enabled.
	 *
	 * @param registrationEvent the registration event
	 */
	public static void cacheResult(RegistrationEvent registrationEvent) {
		getPersistence().cacheResult(registrationEvent);
	}

	/**
	 * Caches the registration events in the entity cache if it is enabled.
	 *
	 * @param registrationEvents the registration events
	 */
	public static void cacheResult(List<RegistrationEvent> registrationEvents) {
		getPersistence().cacheResult(registrationEvents);
	}

	/**
	 * Creates a new registration event with the primary key. Does not add the registration event to the database.
	 *
	 * @param registrationEventId the primary key for the new registration event
	 * @return the new registration event
	 */
	public static RegistrationEvent create(long registrationEventId) {
		return getPersistence().create(registrationEventId);
	}

	/**
	 * Removes the registration event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event that was removed
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public static RegistrationEvent remove(long registrationEventId)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().remove(registrationEventId);
	}

	public static RegistrationEvent updateImpl(
		RegistrationEvent registrationEvent) {

		return getPersistence().updateImpl(registrationEvent);
	}

	/**
	 * Returns the registration event with the primary key or throws a <code>NoSuchRegistrationEventException</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public static RegistrationEvent findByPrimaryKey(long registrationEventId)
		throws se.livsviktig.training.exception.
			NoSuchRegistrationEventException {

		return getPersistence().findByPrimaryKey(registrationEventId);
	}

	/**
	 * Returns the registration event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event, or <code>null</code> if a registration event with the primary key could not be found
	 */
	public static RegistrationEvent fetchByPrimaryKey(
		long registrationEventId) {

		return getPersistence().fetchByPrimaryKey(registrationEventId);
	}

	/**
	 * Returns all the registration events.
	 *
	 * @return the registration events
	 */
	public static List<RegistrationEvent> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of registration events
	 */
	public static List<RegistrationEvent> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of registration events
	 */
	public static List<RegistrationEvent> findAll(
		int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of registration events
	 */
	public static List<RegistrationEvent> findAll(
		int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the registration events from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of registration events.
	 *
	 * @return the number of registration events
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static RegistrationEventPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		RegistrationEventPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile RegistrationEventPersistence _persistence;

}