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

import se.livsviktig.careprogram.model.CareProgramTargetGroup;

/**
 * The persistence utility for the care program target group service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.CareProgramTargetGroupPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramTargetGroupPersistence
 * @generated
 */
public class CareProgramTargetGroupUtil {

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
	public static void clearCache(
		CareProgramTargetGroup careProgramTargetGroup) {

		getPersistence().clearCache(careProgramTargetGroup);
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
	public static Map<Serializable, CareProgramTargetGroup> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CareProgramTargetGroup> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CareProgramTargetGroup> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CareProgramTargetGroup> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CareProgramTargetGroup update(
		CareProgramTargetGroup careProgramTargetGroup) {

		return getPersistence().update(careProgramTargetGroup);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CareProgramTargetGroup update(
		CareProgramTargetGroup careProgramTargetGroup,
		ServiceContext serviceContext) {

		return getPersistence().update(careProgramTargetGroup, serviceContext);
	}

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup findByP_C(
			long careProgramId, long assetCategoryId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByP_C(careProgramId, assetCategoryId);
	}

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId) {

		return getPersistence().fetchByP_C(careProgramId, assetCategoryId);
	}

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId, boolean useFinderCache) {

		return getPersistence().fetchByP_C(
			careProgramId, assetCategoryId, useFinderCache);
	}

	/**
	 * Removes the care program target group where careProgramId = &#63; and assetCategoryId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the care program target group that was removed
	 */
	public static CareProgramTargetGroup removeByP_C(
			long careProgramId, long assetCategoryId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().removeByP_C(careProgramId, assetCategoryId);
	}

	/**
	 * Returns the number of care program target groups where careProgramId = &#63; and assetCategoryId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	public static int countByP_C(long careProgramId, long assetCategoryId) {
		return getPersistence().countByP_C(careProgramId, assetCategoryId);
	}

	/**
	 * Returns all the care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId) {

		return getPersistence().findByCareProgramId(careProgramId);
	}

	/**
	 * Returns a range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end) {

		return getPersistence().findByCareProgramId(careProgramId, start, end);
	}

	/**
	 * Returns an ordered range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().fetchByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().fetchByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public static CareProgramTargetGroup[] findByCareProgramId_PrevAndNext(
			long careProgramTargetGroupId, long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByCareProgramId_PrevAndNext(
			careProgramTargetGroupId, careProgramId, orderByComparator);
	}

	/**
	 * Removes all the care program target groups where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public static void removeByCareProgramId(long careProgramId) {
		getPersistence().removeByCareProgramId(careProgramId);
	}

	/**
	 * Returns the number of care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program target groups
	 */
	public static int countByCareProgramId(long careProgramId) {
		return getPersistence().countByCareProgramId(careProgramId);
	}

	/**
	 * Returns all the care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId) {

		return getPersistence().findByAssetCategoryId(assetCategoryId);
	}

	/**
	 * Returns a range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end) {

		return getPersistence().findByAssetCategoryId(
			assetCategoryId, start, end);
	}

	/**
	 * Returns an ordered range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().findByAssetCategoryId(
			assetCategoryId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program target groups
	 */
	public static List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByAssetCategoryId(
			assetCategoryId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup findByAssetCategoryId_First(
			long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByAssetCategoryId_First(
			assetCategoryId, orderByComparator);
	}

	/**
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByAssetCategoryId_First(
		long assetCategoryId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().fetchByAssetCategoryId_First(
			assetCategoryId, orderByComparator);
	}

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup findByAssetCategoryId_Last(
			long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByAssetCategoryId_Last(
			assetCategoryId, orderByComparator);
	}

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public static CareProgramTargetGroup fetchByAssetCategoryId_Last(
		long assetCategoryId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().fetchByAssetCategoryId_Last(
			assetCategoryId, orderByComparator);
	}

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public static CareProgramTargetGroup[] findByAssetCategoryId_PrevAndNext(
			long careProgramTargetGroupId, long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByAssetCategoryId_PrevAndNext(
			careProgramTargetGroupId, assetCategoryId, orderByComparator);
	}

	/**
	 * Removes all the care program target groups where assetCategoryId = &#63; from the database.
	 *
	 * @param assetCategoryId the asset category ID
	 */
	public static void removeByAssetCategoryId(long assetCategoryId) {
		getPersistence().removeByAssetCategoryId(assetCategoryId);
	}

	/**
	 * Returns the number of care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	public static int countByAssetCategoryId(long assetCategoryId) {
		return getPersistence().countByAssetCategoryId(assetCategoryId);
	}

	/**
	 * Caches the care program target group in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroup the care program target group
	 */
	public static void cacheResult(
		CareProgramTargetGroup careProgramTargetGroup) {

		getPersistence().cacheResult(careProgramTargetGroup);
	}

	/**
	 * Caches the care program target groups in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroups the care program target groups
	 */
	public static void cacheResult(
		List<CareProgramTargetGroup> careProgramTargetGroups) {

		getPersistence().cacheResult(careProgramTargetGroups);
	}

	/**
	 * Creates a new care program target group with the primary key. Does not add the care program target group to the database.
	 *
	 * @param careProgramTargetGroupId the primary key for the new care program target group
	 * @return the new care program target group
	 */
	public static CareProgramTargetGroup create(long careProgramTargetGroupId) {
		return getPersistence().create(careProgramTargetGroupId);
	}

	/**
	 * Removes the care program target group with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group that was removed
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public static CareProgramTargetGroup remove(long careProgramTargetGroupId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().remove(careProgramTargetGroupId);
	}

	public static CareProgramTargetGroup updateImpl(
		CareProgramTargetGroup careProgramTargetGroup) {

		return getPersistence().updateImpl(careProgramTargetGroup);
	}

	/**
	 * Returns the care program target group with the primary key or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public static CareProgramTargetGroup findByPrimaryKey(
			long careProgramTargetGroupId)
		throws se.livsviktig.careprogram.exception.
			NoSuchCareProgramTargetGroupException {

		return getPersistence().findByPrimaryKey(careProgramTargetGroupId);
	}

	/**
	 * Returns the care program target group with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group, or <code>null</code> if a care program target group with the primary key could not be found
	 */
	public static CareProgramTargetGroup fetchByPrimaryKey(
		long careProgramTargetGroupId) {

		return getPersistence().fetchByPrimaryKey(careProgramTargetGroupId);
	}

	/**
	 * Returns all the care program target groups.
	 *
	 * @return the care program target groups
	 */
	public static List<CareProgramTargetGroup> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of care program target groups
	 */
	public static List<CareProgramTargetGroup> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program target groups
	 */
	public static List<CareProgramTargetGroup> findAll(
		int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program target groups
	 */
	public static List<CareProgramTargetGroup> findAll(
		int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the care program target groups from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of care program target groups.
	 *
	 * @return the number of care program target groups
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CareProgramTargetGroupPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		CareProgramTargetGroupPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile CareProgramTargetGroupPersistence _persistence;

}