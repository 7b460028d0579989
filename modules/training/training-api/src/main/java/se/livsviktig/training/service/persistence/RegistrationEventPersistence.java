/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchRegistrationEventException;
import se.livsviktig.training.model.RegistrationEvent;

/**
 * The persistence interface for the registration event service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see RegistrationEventUtil
 * @generated
 */
@ProviderType
public interface RegistrationEventPersistence
	extends BasePersistence<RegistrationEvent> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link RegistrationEventUtil} to access the registration event persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching registration events
	 */
	public java.util.List<RegistrationEvent> findByRegistrationId(
		long registrationId);

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
	public java.util.List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end);

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
	public java.util.List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

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
	public java.util.List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public RegistrationEvent findByRegistrationId_First(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public RegistrationEvent fetchByRegistrationId_First(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public RegistrationEvent findByRegistrationId_Last(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public RegistrationEvent fetchByRegistrationId_Last(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public RegistrationEvent[] findByRegistrationId_PrevAndNext(
			long registrationEventId, long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Removes all the registration events where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public void removeByRegistrationId(long registrationId);

	/**
	 * Returns the number of registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching registration events
	 */
	public int countByRegistrationId(long registrationId);

	/**
	 * Returns all the registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching registration events
	 */
	public java.util.List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

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
	public java.util.List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public RegistrationEvent findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public RegistrationEvent fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	public RegistrationEvent findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	public RegistrationEvent fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public RegistrationEvent[] findByCourseSessionId_PrevAndNext(
			long registrationEventId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
				orderByComparator)
		throws NoSuchRegistrationEventException;

	/**
	 * Removes all the registration events where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching registration events
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Caches the registration event in the entity cache if it is enabled.
	 *
	 * @param registrationEvent the registration event
	 */
	public void cacheResult(RegistrationEvent registrationEvent);

	/**
	 * Caches the registration events in the entity cache if it is enabled.
	 *
	 * @param registrationEvents the registration events
	 */
	public void cacheResult(
		java.util.List<RegistrationEvent> registrationEvents);

	/**
	 * Creates a new registration event with the primary key. Does not add the registration event to the database.
	 *
	 * @param registrationEventId the primary key for the new registration event
	 * @return the new registration event
	 */
	public RegistrationEvent create(long registrationEventId);

	/**
	 * Removes the registration event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event that was removed
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public RegistrationEvent remove(long registrationEventId)
		throws NoSuchRegistrationEventException;

	public RegistrationEvent updateImpl(RegistrationEvent registrationEvent);

	/**
	 * Returns the registration event with the primary key or throws a <code>NoSuchRegistrationEventException</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	public RegistrationEvent findByPrimaryKey(long registrationEventId)
		throws NoSuchRegistrationEventException;

	/**
	 * Returns the registration event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event, or <code>null</code> if a registration event with the primary key could not be found
	 */
	public RegistrationEvent fetchByPrimaryKey(long registrationEventId);

	/**
	 * Returns all the registration events.
	 *
	 * @return the registration events
	 */
	public java.util.List<RegistrationEvent> findAll();

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
	public java.util.List<RegistrationEvent> findAll(int start, int end);

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
	public java.util.List<RegistrationEvent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator);

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
	public java.util.List<RegistrationEvent> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<RegistrationEvent>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the registration events from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of registration events.
	 *
	 * @return the number of registration events
	 */
	public int countAll();

}