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

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * The persistence utility for the survey question service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyQuestionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyQuestionPersistence
 * @generated
 */
public class SurveyQuestionUtil {

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
	public static void clearCache(SurveyQuestion surveyQuestion) {
		getPersistence().clearCache(surveyQuestion);
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
	public static Map<Serializable, SurveyQuestion> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyQuestion> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyQuestion> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyQuestion> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyQuestion update(SurveyQuestion surveyQuestion) {
		return getPersistence().update(surveyQuestion);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyQuestion update(
		SurveyQuestion surveyQuestion, ServiceContext serviceContext) {

		return getPersistence().update(surveyQuestion, serviceContext);
	}

	/**
	 * Returns all the survey questions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findByUuid_First(
			String uuid, OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUuid_First(
		String uuid, OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findByUuid_Last(
			String uuid, OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUuid_Last(
		String uuid, OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where uuid = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion[] findByUuid_PrevAndNext(
			long surveyQuestionId, String uuid,
			OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_PrevAndNext(
			surveyQuestionId, uuid, orderByComparator);
	}

	/**
	 * Removes all the survey questions where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of survey questions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching survey questions
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyQuestionException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the survey question where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey question that was removed
	 */
	public static SurveyQuestion removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of survey questions where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching survey questions
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion[] findByUuid_C_PrevAndNext(
			long surveyQuestionId, String uuid, long companyId,
			OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByUuid_C_PrevAndNext(
			surveyQuestionId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the survey questions where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching survey questions
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the survey questions where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey questions
	 */
	public static List<SurveyQuestion> findBySurveyId(long surveyId) {
		return getPersistence().findBySurveyId(surveyId);
	}

	/**
	 * Returns a range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public static List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end) {

		return getPersistence().findBySurveyId(surveyId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public static List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findBySurveyId_First(
			long surveyId, OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the first survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchBySurveyId_First(
		long surveyId, OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public static SurveyQuestion findBySurveyId_Last(
			long surveyId, OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchBySurveyId_Last(
		long surveyId, OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().fetchBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion[] findBySurveyId_PrevAndNext(
			long surveyQuestionId, long surveyId,
			OrderByComparator<SurveyQuestion> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findBySurveyId_PrevAndNext(
			surveyQuestionId, surveyId, orderByComparator);
	}

	/**
	 * Removes all the survey questions where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public static void removeBySurveyId(long surveyId) {
		getPersistence().removeBySurveyId(surveyId);
	}

	/**
	 * Returns the number of survey questions where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey questions
	 */
	public static int countBySurveyId(long surveyId) {
		return getPersistence().countBySurveyId(surveyId);
	}

	/**
	 * Caches the survey question in the entity cache if it is enabled.
	 *
	 * @param surveyQuestion the survey question
	 */
	public static void cacheResult(SurveyQuestion surveyQuestion) {
		getPersistence().cacheResult(surveyQuestion);
	}

	/**
	 * Caches the survey questions in the entity cache if it is enabled.
	 *
	 * @param surveyQuestions the survey questions
	 */
	public static void cacheResult(List<SurveyQuestion> surveyQuestions) {
		getPersistence().cacheResult(surveyQuestions);
	}

	/**
	 * Creates a new survey question with the primary key. Does not add the survey question to the database.
	 *
	 * @param surveyQuestionId the primary key for the new survey question
	 * @return the new survey question
	 */
	public static SurveyQuestion create(long surveyQuestionId) {
		return getPersistence().create(surveyQuestionId);
	}

	/**
	 * Removes the survey question with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question that was removed
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion remove(long surveyQuestionId)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().remove(surveyQuestionId);
	}

	public static SurveyQuestion updateImpl(SurveyQuestion surveyQuestion) {
		return getPersistence().updateImpl(surveyQuestion);
	}

	/**
	 * Returns the survey question with the primary key or throws a <code>NoSuchSurveyQuestionException</code> if it could not be found.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion findByPrimaryKey(long surveyQuestionId)
		throws se.livsviktig.survey.exception.NoSuchSurveyQuestionException {

		return getPersistence().findByPrimaryKey(surveyQuestionId);
	}

	/**
	 * Returns the survey question with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question, or <code>null</code> if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion fetchByPrimaryKey(long surveyQuestionId) {
		return getPersistence().fetchByPrimaryKey(surveyQuestionId);
	}

	/**
	 * Returns all the survey questions.
	 *
	 * @return the survey questions
	 */
	public static List<SurveyQuestion> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of survey questions
	 */
	public static List<SurveyQuestion> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey questions
	 */
	public static List<SurveyQuestion> findAll(
		int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey questions
	 */
	public static List<SurveyQuestion> findAll(
		int start, int end, OrderByComparator<SurveyQuestion> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey questions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey questions.
	 *
	 * @return the number of survey questions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyQuestionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyQuestionPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyQuestionPersistence _persistence;

}