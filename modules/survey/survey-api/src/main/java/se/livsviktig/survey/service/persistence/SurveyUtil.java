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

import se.livsviktig.survey.model.Survey;

/**
 * The persistence utility for the survey service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyPersistence
 * @generated
 */
public class SurveyUtil {

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
	public static void clearCache(Survey survey) {
		getPersistence().clearCache(survey);
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
	public static Map<Serializable, Survey> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Survey> findWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Survey> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Survey> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Survey update(Survey survey) {
		return getPersistence().update(survey);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Survey update(Survey survey, ServiceContext serviceContext) {
		return getPersistence().update(survey, serviceContext);
	}

	/**
	 * Returns all the surveys where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching surveys
	 */
	public static List<Survey> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public static List<Survey> findByUuid(String uuid, int start, int end) {
		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Survey> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByUuid_First(
			String uuid, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUuid_First(
		String uuid, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByUuid_Last(
			String uuid, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUuid_Last(
		String uuid, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the surveys before and after the current survey in the ordered set where uuid = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey[] findByUuid_PrevAndNext(
			long surveyId, String uuid,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_PrevAndNext(
			surveyId, uuid, orderByComparator);
	}

	/**
	 * Removes all the surveys where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of surveys where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching surveys
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the survey where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey that was removed
	 */
	public static Survey removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of surveys where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching surveys
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching surveys
	 */
	public static List<Survey> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public static List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Survey> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the surveys before and after the current survey in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey[] findByUuid_C_PrevAndNext(
			long surveyId, String uuid, long companyId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByUuid_C_PrevAndNext(
			surveyId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the surveys where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of surveys where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching surveys
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the surveys where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching surveys
	 */
	public static List<Survey> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public static List<Survey> findByGroupId(long groupId, int start, int end) {
		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the surveys where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Survey> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByGroupId_First(
			long groupId, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByGroupId_First(
		long groupId, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByGroupId_Last(
			long groupId, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByGroupId_Last(
		long groupId, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the surveys before and after the current survey in the ordered set where groupId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey[] findByGroupId_PrevAndNext(
			long surveyId, long groupId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByGroupId_PrevAndNext(
			surveyId, groupId, orderByComparator);
	}

	/**
	 * Returns all the surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching surveys that the user has permission to view
	 */
	public static List<Survey> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the surveys that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys that the user has permission to view
	 */
	public static List<Survey> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the surveys that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys that the user has permission to view
	 */
	public static List<Survey> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the surveys before and after the current survey in the ordered set of surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey[] filterFindByGroupId_PrevAndNext(
			long surveyId, long groupId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			surveyId, groupId, orderByComparator);
	}

	/**
	 * Removes all the surveys where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of surveys where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching surveys
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of surveys that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching surveys that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Returns all the surveys where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching surveys
	 */
	public static List<Survey> findByCompanyId(long companyId) {
		return getPersistence().findByCompanyId(companyId);
	}

	/**
	 * Returns a range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of matching surveys
	 */
	public static List<Survey> findByCompanyId(
		long companyId, int start, int end) {

		return getPersistence().findByCompanyId(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the surveys where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching surveys
	 */
	public static List<Survey> findByCompanyId(
		long companyId, int start, int end,
		OrderByComparator<Survey> orderByComparator, boolean useFinderCache) {

		return getPersistence().findByCompanyId(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByCompanyId_First(
			long companyId, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the first survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByCompanyId_First(
		long companyId, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByCompanyId_First(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey
	 * @throws NoSuchSurveyException if a matching survey could not be found
	 */
	public static Survey findByCompanyId_Last(
			long companyId, OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the last survey in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchByCompanyId_Last(
		long companyId, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().fetchByCompanyId_Last(
			companyId, orderByComparator);
	}

	/**
	 * Returns the surveys before and after the current survey in the ordered set where companyId = &#63;.
	 *
	 * @param surveyId the primary key of the current survey
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey[] findByCompanyId_PrevAndNext(
			long surveyId, long companyId,
			OrderByComparator<Survey> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByCompanyId_PrevAndNext(
			surveyId, companyId, orderByComparator);
	}

	/**
	 * Removes all the surveys where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByCompanyId(long companyId) {
		getPersistence().removeByCompanyId(companyId);
	}

	/**
	 * Returns the number of surveys where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching surveys
	 */
	public static int countByCompanyId(long companyId) {
		return getPersistence().countByCompanyId(companyId);
	}

	/**
	 * Caches the survey in the entity cache if it is enabled.
	 *
	 * @param survey the survey
	 */
	public static void cacheResult(Survey survey) {
		getPersistence().cacheResult(survey);
	}

	/**
	 * Caches the surveys in the entity cache if it is enabled.
	 *
	 * @param surveys the surveys
	 */
	public static void cacheResult(List<Survey> surveys) {
		getPersistence().cacheResult(surveys);
	}

	/**
	 * Creates a new survey with the primary key. Does not add the survey to the database.
	 *
	 * @param surveyId the primary key for the new survey
	 * @return the new survey
	 */
	public static Survey create(long surveyId) {
		return getPersistence().create(surveyId);
	}

	/**
	 * Removes the survey with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey that was removed
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey remove(long surveyId)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().remove(surveyId);
	}

	public static Survey updateImpl(Survey survey) {
		return getPersistence().updateImpl(survey);
	}

	/**
	 * Returns the survey with the primary key or throws a <code>NoSuchSurveyException</code> if it could not be found.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey
	 * @throws NoSuchSurveyException if a survey with the primary key could not be found
	 */
	public static Survey findByPrimaryKey(long surveyId)
		throws se.livsviktig.survey.exception.NoSuchSurveyException {

		return getPersistence().findByPrimaryKey(surveyId);
	}

	/**
	 * Returns the survey with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey, or <code>null</code> if a survey with the primary key could not be found
	 */
	public static Survey fetchByPrimaryKey(long surveyId) {
		return getPersistence().fetchByPrimaryKey(surveyId);
	}

	/**
	 * Returns all the surveys.
	 *
	 * @return the surveys
	 */
	public static List<Survey> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of surveys
	 */
	public static List<Survey> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of surveys
	 */
	public static List<Survey> findAll(
		int start, int end, OrderByComparator<Survey> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of surveys
	 */
	public static List<Survey> findAll(
		int start, int end, OrderByComparator<Survey> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the surveys from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of surveys.
	 *
	 * @return the number of surveys
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyPersistence _persistence;

}