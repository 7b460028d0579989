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

import se.livsviktig.careprogram.model.CareProgramMethod;

/**
 * The persistence utility for the care program method service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.CareProgramMethodPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramMethodPersistence
 * @generated
 */
public class CareProgramMethodUtil {

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
	public static void clearCache(CareProgramMethod careProgramMethod) {
		getPersistence().clearCache(careProgramMethod);
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
	public static Map<Serializable, CareProgramMethod> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CareProgramMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CareProgramMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CareProgramMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CareProgramMethod update(
		CareProgramMethod careProgramMethod) {

		return getPersistence().update(careProgramMethod);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CareProgramMethod update(
		CareProgramMethod careProgramMethod, ServiceContext serviceContext) {

		return getPersistence().update(careProgramMethod, serviceContext);
	}

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public static CareProgramMethod findByP_M(long careProgramId, long methodId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().findByP_M(careProgramId, methodId);
	}

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public static CareProgramMethod fetchByP_M(
		long careProgramId, long methodId) {

		return getPersistence().fetchByP_M(careProgramId, methodId);
	}

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public static CareProgramMethod fetchByP_M(
		long careProgramId, long methodId, boolean useFinderCache) {

		return getPersistence().fetchByP_M(
			careProgramId, methodId, useFinderCache);
	}

	/**
	 * Removes the care program method where careProgramId = &#63; and methodId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the care program method that was removed
	 */
	public static CareProgramMethod removeByP_M(
			long careProgramId, long methodId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().removeByP_M(careProgramId, methodId);
	}

	/**
	 * Returns the number of care program methods where careProgramId = &#63; and methodId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the number of matching care program methods
	 */
	public static int countByP_M(long careProgramId, long methodId) {
		return getPersistence().countByP_M(careProgramId, methodId);
	}

	/**
	 * Returns all the care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program methods
	 */
	public static List<CareProgramMethod> findByCareProgramId(
		long careProgramId) {

		return getPersistence().findByCareProgramId(careProgramId);
	}

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
	public static List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end) {

		return getPersistence().findByCareProgramId(careProgramId, start, end);
	}

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
	public static List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator);
	}

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
	public static List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public static CareProgramMethod findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().findByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public static CareProgramMethod fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return getPersistence().fetchByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	public static CareProgramMethod findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().findByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	public static CareProgramMethod fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return getPersistence().fetchByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the care program methods before and after the current care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramMethodId the primary key of the current care program method
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public static CareProgramMethod[] findByCareProgramId_PrevAndNext(
			long careProgramMethodId, long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().findByCareProgramId_PrevAndNext(
			careProgramMethodId, careProgramId, orderByComparator);
	}

	/**
	 * Removes all the care program methods where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public static void removeByCareProgramId(long careProgramId) {
		getPersistence().removeByCareProgramId(careProgramId);
	}

	/**
	 * Returns the number of care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program methods
	 */
	public static int countByCareProgramId(long careProgramId) {
		return getPersistence().countByCareProgramId(careProgramId);
	}

	/**
	 * Caches the care program method in the entity cache if it is enabled.
	 *
	 * @param careProgramMethod the care program method
	 */
	public static void cacheResult(CareProgramMethod careProgramMethod) {
		getPersistence().cacheResult(careProgramMethod);
	}

	/**
	 * Caches the care program methods in the entity cache if it is enabled.
	 *
	 * @param careProgramMethods the care program methods
	 */
	public static void cacheResult(List<CareProgramMethod> careProgramMethods) {
		getPersistence().cacheResult(careProgramMethods);
	}

	/**
	 * Creates a new care program method with the primary key. Does not add the care program method to the database.
	 *
	 * @param careProgramMethodId the primary key for the new care program method
	 * @return the new care program method
	 */
	public static CareProgramMethod create(long careProgramMethodId) {
		return getPersistence().create(careProgramMethodId);
	}

	/**
	 * Removes the care program method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method that was removed
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public static CareProgramMethod remove(long careProgramMethodId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().remove(careProgramMethodId);
	}

	public static CareProgramMethod updateImpl(
		CareProgramMethod careProgramMethod) {

		return getPersistence().updateImpl(careProgramMethod);
	}

	/**
	 * Returns the care program method with the primary key or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	public static CareProgramMethod findByPrimaryKey(long careProgramMethodId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramMethodException {

		return getPersistence().findByPrimaryKey(careProgramMethodId);
	}

	/**
	 * Returns the care program method with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method, or <code>null</code> if a care program method with the primary key could not be found
	 */
	public static CareProgramMethod fetchByPrimaryKey(
		long careProgramMethodId) {

		return getPersistence().fetchByPrimaryKey(careProgramMethodId);
	}

	/**
	 * Returns all the care program methods.
	 *
	 * @return the care program methods
	 */
	public static List<CareProgramMethod> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<CareProgramMethod> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<CareProgramMethod> findAll(
		int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<CareProgramMethod> findAll(
		int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the care program methods from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of care program methods.
	 *
	 * @return the number of care program methods
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CareProgramMethodPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		CareProgramMethodPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile CareProgramMethodPersistence _persistence;

}