/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.survey.model.SurveyDispatch;

/**
 * The persistence utility for the survey dispatch service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyDispatchPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatchPersistence
 * @generated
 */
public class SurveyDispatchUtil {

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
	public static void clearCache(SurveyDispatch surveyDispatch) {
		getPersistence().clearCache(surveyDispatch);
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
	public static Map<Serializable, SurveyDispatch> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyDispatch> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyDispatch> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyDispatch> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyDispatch update(SurveyDispatch surveyDispatch) {
		return getPersistence().update(surveyDispatch);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyDispatch update(
		SurveyDispatch surveyDispatch, ServiceContext serviceContext) {

		return getPersistence().update(surveyDispatch, serviceContext);
	}

	/**
	 * Returns all the survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByUuid_First(
			String uuid, OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUuid_First(
		String uuid, OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByUuid_Last(
			String uuid, OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUuid_Last(
		String uuid, OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch[] findByUuid_PrevAndNext(
			long surveyDispatchId, String uuid,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_PrevAndNext(
			surveyDispatchId, uuid, orderByComparator);
	}

	/**
	 * Removes all the survey dispatches where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching survey dispatches
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the survey dispatch where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey dispatch that was removed
	 */
	public static SurveyDispatch removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching survey dispatches
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch[] findByUuid_C_PrevAndNext(
			long surveyDispatchId, String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByUuid_C_PrevAndNext(
			surveyDispatchId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the survey dispatches where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching survey dispatches
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey dispatches
	 */
	public static List<SurveyDispatch> findBySurveyId(long surveyId) {
		return getPersistence().findBySurveyId(surveyId);
	}

	/**
	 * Returns a range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end) {

		return getPersistence().findBySurveyId(surveyId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findBySurveyId_First(
			long surveyId, OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchBySurveyId_First(
		long surveyId, OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findBySurveyId_Last(
			long surveyId, OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchBySurveyId_Last(
		long surveyId, OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch[] findBySurveyId_PrevAndNext(
			long surveyDispatchId, long surveyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findBySurveyId_PrevAndNext(
			surveyDispatchId, surveyId, orderByComparator);
	}

	/**
	 * Removes all the survey dispatches where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public static void removeBySurveyId(long surveyId) {
		getPersistence().removeBySurveyId(surveyId);
	}

	/**
	 * Returns the number of survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey dispatches
	 */
	public static int countBySurveyId(long surveyId) {
		return getPersistence().countBySurveyId(surveyId);
	}

	/**
	 * Returns all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey dispatches
	 */
	public static List<SurveyDispatch> findByC_Status(
		long companyId, int status) {

		return getPersistence().findByC_Status(companyId, status);
	}

	/**
	 * Returns a range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end) {

		return getPersistence().findByC_Status(companyId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findByC_Status(
			companyId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	public static List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_Status(
			companyId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByC_Status_First(
			long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByC_Status_First(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByC_Status_First(
		long companyId, int status,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByC_Status_First(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch findByC_Status_Last(
			long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByC_Status_Last(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchByC_Status_Last(
		long companyId, int status,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().fetchByC_Status_Last(
			companyId, status, orderByComparator);
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch[] findByC_Status_PrevAndNext(
			long surveyDispatchId, long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByC_Status_PrevAndNext(
			surveyDispatchId, companyId, status, orderByComparator);
	}

	/**
	 * Removes all the survey dispatches where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	public static void removeByC_Status(long companyId, int status) {
		getPersistence().removeByC_Status(companyId, status);
	}

	/**
	 * Returns the number of survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey dispatches
	 */
	public static int countByC_Status(long companyId, int status) {
		return getPersistence().countByC_Status(companyId, status);
	}

	/**
	 * Caches the survey dispatch in the entity cache if it is enabled.
	 *
	 * @param surveyDispatch the survey dispatch
	 */
	public static void cacheResult(SurveyDispatch surveyDispatch) {
		getPersistence().cacheResult(surveyDispatch);
	}

	/**
	 * Caches the survey dispatches in the entity cache if it is enabled.
	 *
	 * @param surveyDispatches the survey dispatches
	 */
	public static void cacheResult(List<SurveyDispatch> surveyDispatches) {
		getPersistence().cacheResult(surveyDispatches);
	}

	/**
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	public static SurveyDispatch create(long surveyDispatchId) {
		return getPersistence().create(surveyDispatchId);
	}

	/**
	 * Removes the survey dispatch with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch remove(long surveyDispatchId)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().remove(surveyDispatchId);
	}

	public static SurveyDispatch updateImpl(SurveyDispatch surveyDispatch) {
		return getPersistence().updateImpl(surveyDispatch);
	}

	/**
	 * Returns the survey dispatch with the primary key or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch findByPrimaryKey(long surveyDispatchId)
		throws se.livsviktig.survey.exception.NoSuchSurveyDispatchException {

		return getPersistence().findByPrimaryKey(surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch, or <code>null</code> if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch fetchByPrimaryKey(long surveyDispatchId) {
		return getPersistence().fetchByPrimaryKey(surveyDispatchId);
	}

	/**
	 * Returns all the survey dispatches.
	 *
	 * @return the survey dispatches
	 */
	public static List<SurveyDispatch> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of survey dispatches
	 */
	public static List<SurveyDispatch> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey dispatches
	 */
	public static List<SurveyDispatch> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey dispatches
	 */
	public static List<SurveyDispatch> findAll(
		int start, int end, OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey dispatches from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyDispatchPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyDispatchPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyDispatchPersistence _persistence;

}