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

import se.livsviktig.survey.model.SurveyResponse;

/**
 * The persistence utility for the survey response service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyResponsePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyResponsePersistence
 * @generated
 */
public class SurveyResponseUtil {

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
	public static void clearCache(SurveyResponse surveyResponse) {
		getPersistence().clearCache(surveyResponse);
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
	public static Map<Serializable, SurveyResponse> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyResponse> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyResponse update(SurveyResponse surveyResponse) {
		return getPersistence().update(surveyResponse);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyResponse update(
		SurveyResponse surveyResponse, ServiceContext serviceContext) {

		return getPersistence().update(surveyResponse, serviceContext);
	}

	/**
	 * Returns all the survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey responses
	 */
	public static List<SurveyResponse> findBySurveyId(long surveyId) {
		return getPersistence().findBySurveyId(surveyId);
	}

	/**
	 * Returns a range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of matching survey responses
	 */
	public static List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end) {

		return getPersistence().findBySurveyId(surveyId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey responses
	 */
	public static List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey responses
	 */
	public static List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyId(
			surveyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public static SurveyResponse findBySurveyId_First(
			long surveyId, OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public static SurveyResponse fetchBySurveyId_First(
		long surveyId, OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().fetchBySurveyId_First(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public static SurveyResponse findBySurveyId_Last(
			long surveyId, OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public static SurveyResponse fetchBySurveyId_Last(
		long surveyId, OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().fetchBySurveyId_Last(
			surveyId, orderByComparator);
	}

	/**
	 * Returns the survey responses before and after the current survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyResponseId the primary key of the current survey response
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public static SurveyResponse[] findBySurveyId_PrevAndNext(
			long surveyResponseId, long surveyId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findBySurveyId_PrevAndNext(
			surveyResponseId, surveyId, orderByComparator);
	}

	/**
	 * Removes all the survey responses where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public static void removeBySurveyId(long surveyId) {
		getPersistence().removeBySurveyId(surveyId);
	}

	/**
	 * Returns the number of survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey responses
	 */
	public static int countBySurveyId(long surveyId) {
		return getPersistence().countBySurveyId(surveyId);
	}

	/**
	 * Returns all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching survey responses
	 */
	public static List<SurveyResponse> findByC_U(long companyId, long userId) {
		return getPersistence().findByC_U(companyId, userId);
	}

	/**
	 * Returns a range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of matching survey responses
	 */
	public static List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end) {

		return getPersistence().findByC_U(companyId, userId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey responses
	 */
	public static List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey responses
	 */
	public static List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_U(
			companyId, userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public static SurveyResponse findByC_U_First(
			long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findByC_U_First(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public static SurveyResponse fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().fetchByC_U_First(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public static SurveyResponse findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findByC_U_Last(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public static SurveyResponse fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().fetchByC_U_Last(
			companyId, userId, orderByComparator);
	}

	/**
	 * Returns the survey responses before and after the current survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param surveyResponseId the primary key of the current survey response
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public static SurveyResponse[] findByC_U_PrevAndNext(
			long surveyResponseId, long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findByC_U_PrevAndNext(
			surveyResponseId, companyId, userId, orderByComparator);
	}

	/**
	 * Removes all the survey responses where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public static void removeByC_U(long companyId, long userId) {
		getPersistence().removeByC_U(companyId, userId);
	}

	/**
	 * Returns the number of survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching survey responses
	 */
	public static int countByC_U(long companyId, long userId) {
		return getPersistence().countByC_U(companyId, userId);
	}

	/**
	 * Caches the survey response in the entity cache if it is enabled.
	 *
	 * @param surveyResponse the survey response
	 */
	public static void cacheResult(SurveyResponse surveyResponse) {
		getPersistence().cacheResult(surveyResponse);
	}

	/**
	 * Caches the survey responses in the entity cache if it is enabled.
	 *
	 * @param surveyResponses the survey responses
	 */
	public static void cacheResult(List<SurveyResponse> surveyResponses) {
		getPersistence().cacheResult(surveyResponses);
	}

	/**
	 * Creates a new survey response with the primary key. Does not add the survey response to the database.
	 *
	 * @param surveyResponseId the primary key for the new survey response
	 * @return the new survey response
	 */
	public static SurveyResponse create(long surveyResponseId) {
		return getPersistence().create(surveyResponseId);
	}

	/**
	 * Removes the survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response that was removed
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public static SurveyResponse remove(long surveyResponseId)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().remove(surveyResponseId);
	}

	public static SurveyResponse updateImpl(SurveyResponse surveyResponse) {
		return getPersistence().updateImpl(surveyResponse);
	}

	/**
	 * Returns the survey response with the primary key or throws a <code>NoSuchSurveyResponseException</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public static SurveyResponse findByPrimaryKey(long surveyResponseId)
		throws se.livsviktig.survey.exception.NoSuchSurveyResponseException {

		return getPersistence().findByPrimaryKey(surveyResponseId);
	}

	/**
	 * Returns the survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response, or <code>null</code> if a survey response with the primary key could not be found
	 */
	public static SurveyResponse fetchByPrimaryKey(long surveyResponseId) {
		return getPersistence().fetchByPrimaryKey(surveyResponseId);
	}

	/**
	 * Returns all the survey responses.
	 *
	 * @return the survey responses
	 */
	public static List<SurveyResponse> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of survey responses
	 */
	public static List<SurveyResponse> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey responses
	 */
	public static List<SurveyResponse> findAll(
		int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey responses
	 */
	public static List<SurveyResponse> findAll(
		int start, int end, OrderByComparator<SurveyResponse> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey responses from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey responses.
	 *
	 * @return the number of survey responses
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyResponsePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyResponsePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyResponsePersistence _persistence;

}