/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchCareProgramMethodException;
import se.livsviktig.careprogram.model.CareProgramMethod;

/**
 * The persistence interface for the care program method service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramMethodUtil
 * @generated
 */
@ProviderType
public interface CareProgramMethodPersistence
	extends BasePersistence<CareProgramMethod> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CareProgramMethodUtil} to access the care program method persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public CareProgramMethod findByP_M(long careProgramId, long methodId)
		throws NoSuchCareProgramMethodException;

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public CareProgramMethod fetchByP_M(long careProgramId, long methodId);

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public CareProgramMethod fetchByP_M(
		long careProgramId, long methodId, boolean useFinderCache);

	/**
	 * Removes the care program method where careProgramId = &#63; and methodId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the care program method that was removed
	 */
	public CareProgramMethod removeByP_M(long careProgramId, long methodId)
		throws NoSuchCareProgramMethodException;

	/**
	 * Returns the number of care program methods where careProgramId = &#63; and methodId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the number of matching care program methods
	 */
	public int countByP_M(long careProgramId, long methodId);

	/**
	 * Returns all the care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program methods
	 */
	public java.util.List<CareProgramMethod> findByCareProgramId(
		long careProgramId);

	/**
	 * Returns a range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @return the range of matching care program methods
	 */
	public java.util.List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end);

	/**
	 * Returns an ordered range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program methods
	 */
	public java.util.List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program methods
	 */
	public java.util.List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public CareProgramMethod findByCareProgramId_First(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
				orderByComparator)
		throws NoSuchCareProgramMethodException;

	/**
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public CareProgramMethod fetchByCareProgramId_First(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator);

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public CareProgramMethod findByCareProgramId_Last(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
				orderByComparator)
		throws NoSuchCareProgramMethodException;

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public CareProgramMethod fetchByCareProgramId_Last(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator);

	/**
	 * Returns the care program methods before and after the current care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramMethodId the primary key of the current care program method
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public CareProgramMethod[] findByCareProgramId_PrevAndNext(
			long careProgramMethodId, long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
				orderByComparator)
		throws NoSuchCareProgramMethodException;

	/**
	 * Removes all the care program methods where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public void removeByCareProgramId(long careProgramId);

	/**
	 * Returns the number of care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program methods
	 */
	public int countByCareProgramId(long careProgramId);

	/**
	 * Caches the care program method in the entity cache if it is enabled.
	 *
	 * @param careProgramMethod the care program method
	 */
	public void cacheResult(CareProgramMethod careProgramMethod);

	/**
	 * Caches the care program methods in the entity cache if it is enabled.
	 *
	 * @param careProgramMethods the care program methods
	 */
	public void cacheResult(
		java.util.List<CareProgramMethod> careProgramMethods);

	/**
	 * Creates a new care program method with the primary key. Does not add the care program method to the database.
	 *
	 * @param careProgramMethodId the primary key for the new care program method
	 * @return the new care program method
	 */
	public CareProgramMethod create(long careProgramMethodId);

	/**
	 * Removes the care program method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method that was removed
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public CareProgramMethod remove(long careProgramMethodId)
		throws NoSuchCareProgramMethodException;

	public CareProgramMethod updateImpl(CareProgramMethod careProgramMethod);

	/**
	 * Returns the care program method with the primary key or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public CareProgramMethod findByPrimaryKey(long careProgramMethodId)
		throws NoSuchCareProgramMethodException;

	/**
	 * Returns the care program method with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method, or <code>null</code> if a care program method with the primary key could not be found
	 */
	public CareProgramMethod fetchByPrimaryKey(long careProgramMethodId);

	/**
	 * Returns all the care program methods.
	 *
	 * @return the care program methods
	 */
	public java.util.List<CareProgramMethod> findAll();

	/**
	 * Returns a range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @return the range of care program methods
	 */
	public java.util.List<CareProgramMethod> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program methods
	 */
	public java.util.List<CareProgramMethod> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program methods
	 */
	public java.util.List<CareProgramMethod> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the care program methods from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of care program methods.
	 *
	 * @return the number of care program methods
	 */
	public int countAll();

}