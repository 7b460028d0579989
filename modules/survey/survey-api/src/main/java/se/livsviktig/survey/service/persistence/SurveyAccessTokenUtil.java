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

import se.livsviktig.survey.model.SurveyAccessToken;

/**
 * The persistence utility for the survey access token service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyAccessTokenPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAccessTokenPersistence
 * @generated
 */
public class SurveyAccessTokenUtil {

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
	public static void clearCache(SurveyAccessToken surveyAccessToken) {
		getPersistence().clearCache(surveyAccessToken);
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
	public static Map<Serializable, SurveyAccessToken> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyAccessToken> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyAccessToken> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyAccessToken> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyAccessToken update(
		SurveyAccessToken surveyAccessToken) {

		return getPersistence().update(surveyAccessToken);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyAccessToken update(
		SurveyAccessToken surveyAccessToken, ServiceContext serviceContext) {

		return getPersistence().update(surveyAccessToken, serviceContext);
	}

	/**
	 * Returns the survey access token where tokenHash = &#63; or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public static SurveyAccessToken findByTokenHash(String tokenHash)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().findByTokenHash(tokenHash);
	}

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public static SurveyAccessToken fetchByTokenHash(String tokenHash) {
		return getPersistence().fetchByTokenHash(tokenHash);
	}

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public static SurveyAccessToken fetchByTokenHash(
		String tokenHash, boolean useFinderCache) {

		return getPersistence().fetchByTokenHash(tokenHash, useFinderCache);
	}

	/**
	 * Removes the survey access token where tokenHash = &#63; from the database.
	 *
	 * @param tokenHash the token hash
	 * @return the survey access token that was removed
	 */
	public static SurveyAccessToken removeByTokenHash(String tokenHash)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().removeByTokenHash(tokenHash);
	}

	/**
	 * Returns the number of survey access tokens where tokenHash = &#63;.
	 *
	 * @param tokenHash the token hash
	 * @return the number of matching survey access tokens
	 */
	public static int countByTokenHash(String tokenHash) {
		return getPersistence().countByTokenHash(tokenHash);
	}

	/**
	 * Returns all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the matching survey access tokens
	 */
	public static List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId) {

		return getPersistence().findBySurveyInvitationId(surveyInvitationId);
	}

	/**
	 * Returns a range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @return the range of matching survey access tokens
	 */
	public static List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end) {

		return getPersistence().findBySurveyInvitationId(
			surveyInvitationId, start, end);
	}

	/**
	 * Returns an ordered range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey access tokens
	 */
	public static List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return getPersistence().findBySurveyInvitationId(
			surveyInvitationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey access tokens
	 */
	public static List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyInvitationId(
			surveyInvitationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public static SurveyAccessToken findBySurveyInvitationId_First(
			long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().findBySurveyInvitationId_First(
			surveyInvitationId, orderByComparator);
	}

	/**
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public static SurveyAccessToken fetchBySurveyInvitationId_First(
		long surveyInvitationId,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return getPersistence().fetchBySurveyInvitationId_First(
			surveyInvitationId, orderByComparator);
	}

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public static SurveyAccessToken findBySurveyInvitationId_Last(
			long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().findBySurveyInvitationId_Last(
			surveyInvitationId, orderByComparator);
	}

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public static SurveyAccessToken fetchBySurveyInvitationId_Last(
		long surveyInvitationId,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return getPersistence().fetchBySurveyInvitationId_Last(
			surveyInvitationId, orderByComparator);
	}

	/**
	 * Returns the survey access tokens before and after the current survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyAccessTokenId the primary key of the current survey access token
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public static SurveyAccessToken[] findBySurveyInvitationId_PrevAndNext(
			long surveyAccessTokenId, long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().findBySurveyInvitationId_PrevAndNext(
			surveyAccessTokenId, surveyInvitationId, orderByComparator);
	}

	/**
	 * Removes all the survey access tokens where surveyInvitationId = &#63; from the database.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 */
	public static void removeBySurveyInvitationId(long surveyInvitationId) {
		getPersistence().removeBySurveyInvitationId(surveyInvitationId);
	}

	/**
	 * Returns the number of survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the number of matching survey access tokens
	 */
	public static int countBySurveyInvitationId(long surveyInvitationId) {
		return getPersistence().countBySurveyInvitationId(surveyInvitationId);
	}

	/**
	 * Caches the survey access token in the entity cache if it is enabled.
	 *
	 * @param surveyAccessToken the survey access token
	 */
	public static void cacheResult(SurveyAccessToken surveyAccessToken) {
		getPersistence().cacheResult(surveyAccessToken);
	}

	/**
	 * Caches the survey access tokens in the entity cache if it is enabled.
	 *
	 * @param surveyAccessTokens the survey access tokens
	 */
	public static void cacheResult(List<SurveyAccessToken> surveyAccessTokens) {
		getPersistence().cacheResult(surveyAccessTokens);
	}

	/**
	 * Creates a new survey access token with the primary key. Does not add the survey access token to the database.
	 *
	 * @param surveyAccessTokenId the primary key for the new survey access token
	 * @return the new survey access token
	 */
	public static SurveyAccessToken create(long surveyAccessTokenId) {
		return getPersistence().create(surveyAccessTokenId);
	}

	/**
	 * Removes the survey access token with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token that was removed
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public static SurveyAccessToken remove(long surveyAccessTokenId)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().remove(surveyAccessTokenId);
	}

	public static SurveyAccessToken updateImpl(
		SurveyAccessToken surveyAccessToken) {

		return getPersistence().updateImpl(surveyAccessToken);
	}

	/**
	 * Returns the survey access token with the primary key or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public static SurveyAccessToken findByPrimaryKey(long surveyAccessTokenId)
		throws se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException {

		return getPersistence().findByPrimaryKey(surveyAccessTokenId);
	}

	/**
	 * Returns the survey access token with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token, or <code>null</code> if a survey access token with the primary key could not be found
	 */
	public static SurveyAccessToken fetchByPrimaryKey(
		long surveyAccessTokenId) {

		return getPersistence().fetchByPrimaryKey(surveyAccessTokenId);
	}

	/**
	 * Returns all the survey access tokens.
	 *
	 * @return the survey access tokens
	 */
	public static List<SurveyAccessToken> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @return the range of survey access tokens
	 */
	public static List<SurveyAccessToken> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey access tokens
	 */
	public static List<SurveyAccessToken> findAll(
		int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey access tokens
	 */
	public static List<SurveyAccessToken> findAll(
		int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey access tokens from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey access tokens.
	 *
	 * @return the number of survey access tokens
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyAccessTokenPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		SurveyAccessTokenPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile SurveyAccessTokenPersistence _persistence;

}