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

import se.livsviktig.training.model.TrainingMethod;

/**
 * The persistence utility for the training method service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.TrainingMethodPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see TrainingMethodPersistence
 * @generated
 */
public class TrainingMethodUtil {

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
	public static void clearCache(TrainingMethod trainingMethod) {
		getPersistence().clearCache(trainingMethod);
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
	public static Map<Serializable, TrainingMethod> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<TrainingMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<TrainingMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<TrainingMethod> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static TrainingMethod update(TrainingMethod trainingMethod) {
		return getPersistence().update(trainingMethod);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static TrainingMethod update(
		TrainingMethod trainingMethod, ServiceContext serviceContext) {

		return getPersistence().update(trainingMethod, serviceContext);
	}

	/**
	 * Returns all the training methods where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching training methods
	 */
	public static List<TrainingMethod> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByUuid_First(
			String uuid, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUuid_First(
		String uuid, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByUuid_Last(
			String uuid, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUuid_Last(
		String uuid, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set where uuid = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] findByUuid_PrevAndNext(
			long trainingMethodId, String uuid,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_PrevAndNext(
			trainingMethodId, uuid, orderByComparator);
	}

	/**
	 * Removes all the training methods where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of training methods where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching training methods
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the training method where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the training method that was removed
	 */
	public static TrainingMethod removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of training methods where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching training methods
	 */
	public static List<TrainingMethod> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] findByUuid_C_PrevAndNext(
			long trainingMethodId, String uuid, long companyId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByUuid_C_PrevAndNext(
			trainingMethodId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the training methods where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching training methods
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the training methods where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching training methods
	 */
	public static List<TrainingMethod> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public static List<TrainingMethod> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByGroupId_First(
			long groupId, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByGroupId_First(
		long groupId, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByGroupId_Last(
			long groupId, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByGroupId_Last(
		long groupId, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set where groupId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] findByGroupId_PrevAndNext(
			long trainingMethodId, long groupId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByGroupId_PrevAndNext(
			trainingMethodId, groupId, orderByComparator);
	}

	/**
	 * Returns all the training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the training methods that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set of training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] filterFindByGroupId_PrevAndNext(
			long trainingMethodId, long groupId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			trainingMethodId, groupId, orderByComparator);
	}

	/**
	 * Removes all the training methods where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of training methods where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching training methods that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching training methods
	 */
	public static List<TrainingMethod> findByG_S(long groupId, int status) {
		return getPersistence().findByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public static List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end) {

		return getPersistence().findByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByG_S_First(
			long groupId, int status,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the first training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByG_S_First(
		long groupId, int status,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByG_S_Last(
			long groupId, int status,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByG_S_Last(
		long groupId, int status,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] findByG_S_PrevAndNext(
			long trainingMethodId, long groupId, int status,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByG_S_PrevAndNext(
			trainingMethodId, groupId, status, orderByComparator);
	}

	/**
	 * Returns all the training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByG_S(
		long groupId, int status) {

		return getPersistence().filterFindByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByG_S(
		long groupId, int status, int start, int end) {

		return getPersistence().filterFindByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods that the user has permissions to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods that the user has permission to view
	 */
	public static List<TrainingMethod> filterFindByG_S(
		long groupId, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().filterFindByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set of training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] filterFindByG_S_PrevAndNext(
			long trainingMethodId, long groupId, int status,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().filterFindByG_S_PrevAndNext(
			trainingMethodId, groupId, status, orderByComparator);
	}

	/**
	 * Removes all the training methods where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public static void removeByG_S(long groupId, int status) {
		getPersistence().removeByG_S(groupId, status);
	}

	/**
	 * Returns the number of training methods where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching training methods
	 */
	public static int countByG_S(long groupId, int status) {
		return getPersistence().countByG_S(groupId, status);
	}

	/**
	 * Returns the number of training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching training methods that the user has permission to view
	 */
	public static int filterCountByG_S(long groupId, int status) {
		return getPersistence().filterCountByG_S(groupId, status);
	}

	/**
	 * Returns all the training methods where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching training methods
	 */
	public static List<TrainingMethod> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public static List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public static List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByCompanyId_First(
			long companyId, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByCompanyId_First(
		long companyId, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByCompanyId_Last(
			long companyId, OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByCompanyId_Last(
		long companyId, OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the training methods before and after the current training method in the ordered set where companyId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod[] findByCompanyId_PrevAndNext(
			long trainingMethodId, long companyId,
			OrderByComparator<TrainingMethod> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByCompanyId_PrevAndNext(
			trainingMethodId, companyId, orderByComparator);
	}

	/**
	 * Removes all the training methods where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of training methods where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching training methods
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public static TrainingMethod findByERC_G(
			String externalReferenceCode, long groupId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByERC_G(externalReferenceCode, groupId);
	}

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByERC_G(
		String externalReferenceCode, long groupId) {

		return getPersistence().fetchByERC_G(externalReferenceCode, groupId);
	}

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchByERC_G(
		String externalReferenceCode, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByERC_G(
			externalReferenceCode, groupId, useFinderCache);
	}

	/**
	 * Removes the training method where externalReferenceCode = &#63; and groupId = &#63; from the database.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the training method that was removed
	 */
	public static TrainingMethod removeByERC_G(
			String externalReferenceCode, long groupId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().removeByERC_G(externalReferenceCode, groupId);
	}

	/**
	 * Returns the number of training methods where externalReferenceCode = &#63; and groupId = &#63;.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public static int countByERC_G(String externalReferenceCode, long groupId) {
		return getPersistence().countByERC_G(externalReferenceCode, groupId);
	}

	/**
	 * Caches the training method in the entity cache if it is enabled.
	 *
	 * @param trainingMethod the training method
	 */
	public static void cacheResult(TrainingMethod trainingMethod) {
		getPersistence().cacheResult(trainingMethod);
	}

	/**
	 * Caches the training methods in the entity cache if it is enabled.
	 *
	 * @param trainingMethods the training methods
	 */
	public static void cacheResult(List<TrainingMethod> trainingMethods) {
		getPersistence().cacheResult(trainingMethods);
	}

	/**
	 * Creates a new training method with the primary key. Does not add the training method to the database.
	 *
	 * @param trainingMethodId the primary key for the new training method
	 * @return the new training method
	 */
	public static TrainingMethod create(long trainingMethodId) {
		return getPersistence().create(trainingMethodId);
	}

	/**
	 * Removes the training method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method that was removed
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod remove(long trainingMethodId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().remove(trainingMethodId);
	}

	public static TrainingMethod updateImpl(TrainingMethod trainingMethod) {
		return getPersistence().updateImpl(trainingMethod);
	}

	/**
	 * Returns the training method with the primary key or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public static TrainingMethod findByPrimaryKey(long trainingMethodId)
		throws se.livsviktig.training.exception.NoSuchTrainingMethodException {

		return getPersistence().findByPrimaryKey(trainingMethodId);
	}

	/**
	 * Returns the training method with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method, or <code>null</code> if a training method with the primary key could not be found
	 */
	public static TrainingMethod fetchByPrimaryKey(long trainingMethodId) {
		return getPersistence().fetchByPrimaryKey(trainingMethodId);
	}

	/**
	 * Returns all the training methods.
	 *
	 * @return the training methods
	 */
	public static List<TrainingMethod> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of training methods
	 */
	public static List<TrainingMethod> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of training methods
	 */
	public static List<TrainingMethod> findAll(
		int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of training methods
	 */
	public static List<TrainingMethod> findAll(
		int start, int end, OrderByComparator<TrainingMethod> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the training methods from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of training methods.
	 *
	 * @return the number of training methods
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static TrainingMethodPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(TrainingMethodPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile TrainingMethodPersistence _persistence;

}