/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchCareProgramContactException;
import se.livsviktig.careprogram.model.CareProgramContact;

/**
 * The persistence interface for the care program contact service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramContactUtil
 * @generated
 */
@ProviderType
public interface CareProgramContactPersistence
	extends BasePersistence<CareProgramContact> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CareProgramContactUtil} to access the care program contact persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public CareProgramContact findByP_U(long careProgramId, long userId)
		throws NoSuchCareProgramContactException;

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public CareProgramContact fetchByP_U(long careProgramId, long userId);

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public CareProgramContact fetchByP_U(
		long careProgramId, long userId, boolean useFinderCache);

	/**
	 * Removes the care program contact where careProgramId = &#63; and userId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the care program contact that was removed
	 */
	public CareProgramContact removeByP_U(long careProgramId, long userId)
		throws NoSuchCareProgramContactException;

	/**
	 * Returns the number of care program contacts where careProgramId = &#63; and userId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the number of matching care program contacts
	 */
	public int countByP_U(long careProgramId, long userId);

	/**
	 * Returns all the care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program contacts
	 */
	public java.util.List<CareProgramContact> findByCareProgramId(
		long careProgramId);

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
	public java.util.List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end);

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
	public java.util.List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator);

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
	public java.util.List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public CareProgramContact findByCareProgramId_First(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
				orderByComparator)
		throws NoSuchCareProgramContactException;

	/**
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public CareProgramContact fetchByCareProgramId_First(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator);

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	public CareProgramContact findByCareProgramId_Last(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
				orderByComparator)
		throws NoSuchCareProgramContactException;

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	public CareProgramContact fetchByCareProgramId_Last(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator);

	/**
	 * Returns the care program contacts before and after the current care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramContactId the primary key of the current care program contact
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public CareProgramContact[] findByCareProgramId_PrevAndNext(
			long careProgramContactId, long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
				orderByComparator)
		throws NoSuchCareProgramContactException;

	/**
	 * Removes all the care program contacts where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public void removeByCareProgramId(long careProgramId);

	/**
	 * Returns the number of care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program contacts
	 */
	public int countByCareProgramId(long careProgramId);

	/**
	 * Caches the care program contact in the entity cache if it is enabled.
	 *
	 * @param careProgramContact the care program contact
	 */
	public void cacheResult(CareProgramContact careProgramContact);

	/**
	 * Caches the care program contacts in the entity cache if it is enabled.
	 *
	 * @param careProgramContacts the care program contacts
	 */
	public void cacheResult(
		java.util.List<CareProgramContact> careProgramContacts);

	/**
	 * Creates a new care program contact with the primary key. Does not add the care program contact to the database.
	 *
	 * @param careProgramContactId the primary key for the new care program contact
	 * @return the new care program contact
	 */
	public CareProgramContact create(long careProgramContactId);

	/**
	 * Removes the care program contact with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact that was removed
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public CareProgramContact remove(long careProgramContactId)
		throws NoSuchCareProgramContactException;

	public CareProgramContact updateImpl(CareProgramContact careProgramContact);

	/**
	 * Returns the care program contact with the primary key or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	public CareProgramContact findByPrimaryKey(long careProgramContactId)
		throws NoSuchCareProgramContactException;

	/**
	 * Returns the care program contact with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact, or <code>null</code> if a care program contact with the primary key could not be found
	 */
	public CareProgramContact fetchByPrimaryKey(long careProgramContactId);

	/**
	 * Returns all the care program contacts.
	 *
	 * @return the care program contacts
	 */
	public java.util.List<CareProgramContact> findAll();

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
	public java.util.List<CareProgramContact> findAll(int start, int end);

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
	public java.util.List<CareProgramContact> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator);

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
	public java.util.List<CareProgramContact> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramContact>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the care program contacts from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of care program contacts.
	 *
	 * @return the number of care program contacts
	 */
	public int countAll();

}