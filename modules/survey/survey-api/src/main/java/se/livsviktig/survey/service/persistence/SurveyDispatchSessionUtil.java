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

import se.livsviktig.survey.model.SurveyDispatchSession;

/**
 * The persistence utility for the survey dispatch session service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyDispatchSessionPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatchSessionPersistence
 * @generated
 */
public class SurveyDispatchSessionUtil {

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
	public static void clearCache(SurveyDispatchSession surveyDispatchSession) {
		getPersistence().clearCache(surveyDispatchSession);
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
	public static Map<Serializable, SurveyDispatchSession> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyDispatchSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyDispatchSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyDispatchSession> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyDispatchSession update(
		SurveyDispatchSession surveyDispatchSession) {

		return getPersistence().update(surveyDispatchSession);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyDispatchSession update(
		SurveyDispatchSession surveyDispatchSession,
		ServiceContext serviceContext) {

		return getPersistence().update(surveyDispatchSession, serviceContext);
	}

	/**
	 * Returns all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the matching survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId) {

		return getPersistence().findBySurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Returns a range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @return the range of matching survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end) {

		return getPersistence().findBySurveyDispatchId(
			surveyDispatchId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return getPersistence().findBySurveyDispatchId(
			surveyDispatchId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyDispatchId(
			surveyDispatchId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession findBySurveyDispatchId_First(
			long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().findBySurveyDispatchId_First(
			surveyDispatchId, orderByComparator);
	}

	/**
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession fetchBySurveyDispatchId_First(
		long surveyDispatchId,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return getPersistence().fetchBySurveyDispatchId_First(
			surveyDispatchId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession findBySurveyDispatchId_Last(
			long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().findBySurveyDispatchId_Last(
			surveyDispatchId, orderByComparator);
	}

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession fetchBySurveyDispatchId_Last(
		long surveyDispatchId,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return getPersistence().fetchBySurveyDispatchId_Last(
			surveyDispatchId, orderByComparator);
	}

	/**
	 * Returns the survey dispatch sessions before and after the current survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchSessionId the primary key of the current survey dispatch session
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public static SurveyDispatchSession[] findBySurveyDispatchId_PrevAndNext(
			long surveyDispatchSessionId, long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().findBySurveyDispatchId_PrevAndNext(
			surveyDispatchSessionId, surveyDispatchId, orderByComparator);
	}

	/**
	 * Removes all the survey dispatch sessions where surveyDispatchId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 */
	public static void removeBySurveyDispatchId(long surveyDispatchId) {
		getPersistence().removeBySurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the number of matching survey dispatch sessions
	 */
	public static int countBySurveyDispatchId(long surveyDispatchId) {
		return getPersistence().countBySurveyDispatchId(surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession findByD_S(
			long surveyDispatchId, long courseSessionId)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().findByD_S(surveyDispatchId, courseSessionId);
	}

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId) {

		return getPersistence().fetchByD_S(surveyDispatchId, courseSessionId);
	}

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public static SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId, boolean useFinderCache) {

		return getPersistence().fetchByD_S(
			surveyDispatchId, courseSessionId, useFinderCache);
	}

	/**
	 * Removes the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the survey dispatch session that was removed
	 */
	public static SurveyDispatchSession removeByD_S(
			long surveyDispatchId, long courseSessionId)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().removeByD_S(surveyDispatchId, courseSessionId);
	}

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63; and courseSessionId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the number of matching survey dispatch sessions
	 */
	public static int countByD_S(long surveyDispatchId, long courseSessionId) {
		return getPersistence().countByD_S(surveyDispatchId, courseSessionId);
	}

	/**
	 * Caches the survey dispatch session in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 */
	public static void cacheResult(
		SurveyDispatchSession surveyDispatchSession) {

		getPersistence().cacheResult(surveyDispatchSession);
	}

	/**
	 * Caches the survey dispatch sessions in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSessions the survey dispatch sessions
	 */
	public static void cacheResult(
		List<SurveyDispatchSession> surveyDispatchSessions) {

		getPersistence().cacheResult(surveyDispatchSessions);
	}

	/**
	 * Creates a new survey dispatch session with the primary key. Does not add the survey dispatch session to the database.
	 *
	 * @param surveyDispatchSessionId the primary key for the new survey dispatch session
	 * @return the new survey dispatch session
	 */
	public static SurveyDispatchSession create(long surveyDispatchSessionId) {
		return getPersistence().create(surveyDispatchSessionId);
	}

	/**
	 * Removes the survey dispatch session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session that was removed
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public static SurveyDispatchSession remove(long surveyDispatchSessionId)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().remove(surveyDispatchSessionId);
	}

	public static SurveyDispatchSession updateImpl(
		SurveyDispatchSession surveyDispatchSession) {

		return getPersistence().updateImpl(surveyDispatchSession);
	}

	/**
	 * Returns the survey dispatch session with the primary key or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public static SurveyDispatchSession findByPrimaryKey(
			long surveyDispatchSessionId)
		throws se.livsviktig.survey.exception.
			NoSuchSurveyDispatchSessionException {

		return getPersistence().findByPrimaryKey(surveyDispatchSessionId);
	}

	/**
	 * Returns the survey dispatch session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session, or <code>null</code> if a survey dispatch session with the primary key could not be found
	 */
	public static SurveyDispatchSession fetchByPrimaryKey(
		long surveyDispatchSessionId) {

		return getPersistence().fetchByPrimaryKey(surveyDispatchSessionId);
	}

	/**
	 * Returns all the survey dispatch sessions.
	 *
	 * @return the survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @return the range of survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey dispatch sessions
	 */
	public static List<SurveyDispatchSession> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey dispatch sessions from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey dispatch sessions.
	 *
	 * @return the number of survey dispatch sessions
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyDispatchSessionPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		SurveyDispatchSessionPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile SurveyDispatchSessionPersistence _persistence;

}