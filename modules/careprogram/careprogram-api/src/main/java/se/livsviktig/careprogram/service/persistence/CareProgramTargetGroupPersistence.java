/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchCareProgramTargetGroupException;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;

/**
 * The persistence interface for the care program target group service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramTargetGroupUtil
 * @generated
 */
@ProviderType
public interface CareProgramTargetGroupPersistence
	extends BasePersistence<CareProgramTargetGroup> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CareProgramTargetGroupUtil} to access the care program target group persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup findByP_C(
			long careProgramId, long assetCategoryId)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId);

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId, boolean useFinderCache);

	/**
	 * Removes the care program target group where careProgramId = &#63; and assetCategoryId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the care program target group that was removed
	 */
	public CareProgramTargetGroup removeByP_C(
			long careProgramId, long assetCategoryId)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the number of care program target groups where careProgramId = &#63; and assetCategoryId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	public int countByP_C(long careProgramId, long assetCategoryId);

	/**
	 * Returns all the care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program target groups
	 */
	public java.util.List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId);

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
	public java.util.List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end);

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
	public java.util.List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

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
	public java.util.List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup findByCareProgramId_First(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByCareProgramId_First(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup findByCareProgramId_Last(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByCareProgramId_Last(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public CareProgramTargetGroup[] findByCareProgramId_PrevAndNext(
			long careProgramTargetGroupId, long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Removes all the care program target groups where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public void removeByCareProgramId(long careProgramId);

	/**
	 * Returns the number of care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program target groups
	 */
	public int countByCareProgramId(long careProgramId);

	/**
	 * Returns all the care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target groups
	 */
	public java.util.List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId);

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
	public java.util.List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end);

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
	public java.util.List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

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
	public java.util.List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup findByAssetCategoryId_First(
			long assetCategoryId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByAssetCategoryId_First(
		long assetCategoryId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup findByAssetCategoryId_Last(
			long assetCategoryId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	public CareProgramTargetGroup fetchByAssetCategoryId_Last(
		long assetCategoryId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public CareProgramTargetGroup[] findByAssetCategoryId_PrevAndNext(
			long careProgramTargetGroupId, long assetCategoryId,
			com.liferay.portal.kernel.util.OrderByComparator
				<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Removes all the care program target groups where assetCategoryId = &#63; from the database.
	 *
	 * @param assetCategoryId the asset category ID
	 */
	public void removeByAssetCategoryId(long assetCategoryId);

	/**
	 * Returns the number of care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	public int countByAssetCategoryId(long assetCategoryId);

	/**
	 * Caches the care program target group in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroup the care program target group
	 */
	public void cacheResult(CareProgramTargetGroup careProgramTargetGroup);

	/**
	 * Caches the care program target groups in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroups the care program target groups
	 */
	public void cacheResult(
		java.util.List<CareProgramTargetGroup> careProgramTargetGroups);

	/**
	 * Creates a new care program target group with the primary key. Does not add the care program target group to the database.
	 *
	 * @param careProgramTargetGroupId the primary key for the new care program target group
	 * @return the new care program target group
	 */
	public CareProgramTargetGroup create(long careProgramTargetGroupId);

	/**
	 * Removes the care program target group with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group that was removed
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public CareProgramTargetGroup remove(long careProgramTargetGroupId)
		throws NoSuchCareProgramTargetGroupException;

	public CareProgramTargetGroup updateImpl(
		CareProgramTargetGroup careProgramTargetGroup);

	/**
	 * Returns the care program target group with the primary key or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	public CareProgramTargetGroup findByPrimaryKey(
			long careProgramTargetGroupId)
		throws NoSuchCareProgramTargetGroupException;

	/**
	 * Returns the care program target group with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group, or <code>null</code> if a care program target group with the primary key could not be found
	 */
	public CareProgramTargetGroup fetchByPrimaryKey(
		long careProgramTargetGroupId);

	/**
	 * Returns all the care program target groups.
	 *
	 * @return the care program target groups
	 */
	public java.util.List<CareProgramTargetGroup> findAll();

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
	public java.util.List<CareProgramTargetGroup> findAll(int start, int end);

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
	public java.util.List<CareProgramTargetGroup> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator);

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
	public java.util.List<CareProgramTargetGroup> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgramTargetGroup>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the care program target groups from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of care program target groups.
	 *
	 * @return the number of care program target groups
	 */
	public int countAll();

}