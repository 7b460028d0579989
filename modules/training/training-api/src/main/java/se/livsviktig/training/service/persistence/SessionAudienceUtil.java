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

import se.livsviktig.training.model.SessionAudience;

/**
 * The persistence utility for the session audience service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.SessionAudiencePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionAudiencePersistence
 * @generated
 */
public class SessionAudienceUtil {

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
	public static void clearCache(SessionAudience sessionAudience) {
		getPersistence().clearCache(sessionAudience);
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
	public static Map<Serializable, SessionAudience> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SessionAudience> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SessionAudience> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SessionAudience> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SessionAudience update(SessionAudience sessionAudience) {
		return getPersistence().update(sessionAudience);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SessionAudience update(
		SessionAudience sessionAudience, ServiceContext serviceContext) {

		return getPersistence().update(sessionAudience, serviceContext);
	}

	/**
	 * Returns all the session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session audiences
	 */
	public static List<SessionAudience> findByCourseSessionId(
		long courseSessionId) {

		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of matching session audiences
	 */
	public static List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session audiences
	 */
	public static List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session audiences
	 */
	public static List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public static SessionAudience findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public static SessionAudience findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public static SessionAudience[] findByCourseSessionId_PrevAndNext(
			long sessionAudienceId, long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			sessionAudienceId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the session audiences where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session audiences
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public static SessionAudience findByCS_O(
			long courseSessionId, long organizationId)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByCS_O(
		long courseSessionId, long organizationId) {

		return getPersistence().fetchByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByCS_O(
		long courseSessionId, long organizationId, boolean useFinderCache) {

		return getPersistence().fetchByCS_O(
			courseSessionId, organizationId, useFinderCache);
	}

	/**
	 * Removes the session audience where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session audience that was removed
	 */
	public static SessionAudience removeByCS_O(
			long courseSessionId, long organizationId)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().removeByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the number of session audiences where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	public static int countByCS_O(long courseSessionId, long organizationId) {
		return getPersistence().countByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns all the session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching session audiences
	 */
	public static List<SessionAudience> findByOrganizationId(
		long organizationId) {

		return getPersistence().findByOrganizationId(organizationId);
	}

	/**
	 * Returns a range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of matching session audiences
	 */
	public static List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end);
	}

	/**
	 * Returns an ordered range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session audiences
	 */
	public static List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session audiences
	 */
	public static List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public static SessionAudience findByOrganizationId_First(
			long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().fetchByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public static SessionAudience findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public static SessionAudience fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().fetchByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public static SessionAudience[] findByOrganizationId_PrevAndNext(
			long sessionAudienceId, long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByOrganizationId_PrevAndNext(
			sessionAudienceId, organizationId, orderByComparator);
	}

	/**
	 * Removes all the session audiences where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public static void removeByOrganizationId(long organizationId) {
		getPersistence().removeByOrganizationId(organizationId);
	}

	/**
	 * Returns the number of session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	public static int countByOrganizationId(long organizationId) {
		return getPersistence().countByOrganizationId(organizationId);
	}

	/**
	 * Caches the session audience in the entity cache if it is enabled.
	 *
	 * @param sessionAudience the session audience
	 */
	public static void cacheResult(SessionAudience sessionAudience) {
		getPersistence().cacheResult(sessionAudience);
	}

	/**
	 * Caches the session audiences in the entity cache if it is enabled.
	 *
	 * @param sessionAudiences the session audiences
	 */
	public static void cacheResult(List<SessionAudience> sessionAudiences) {
		getPersistence().cacheResult(sessionAudiences);
	}

	/**
	 * Creates a new session audience with the primary key. Does not add the session audience to the database.
	 *
	 * @param sessionAudienceId the primary key for the new session audience
	 * @return the new session audience
	 */
	public static SessionAudience create(long sessionAudienceId) {
		return getPersistence().create(sessionAudienceId);
	}

	/**
	 * Removes the session audience with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience that was removed
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public static SessionAudience remove(long sessionAudienceId)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().remove(sessionAudienceId);
	}

	public static SessionAudience updateImpl(SessionAudience sessionAudience) {
		return getPersistence().updateImpl(sessionAudience);
	}

	/**
	 * Returns the session audience with the primary key or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public static SessionAudience findByPrimaryKey(long sessionAudienceId)
		throws se.livsviktig.training.exception.NoSuchSessionAudienceException {

		return getPersistence().findByPrimaryKey(sessionAudienceId);
	}

	/**
	 * Returns the session audience with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience, or <code>null</code> if a session audience with the primary key could not be found
	 */
	public static SessionAudience fetchByPrimaryKey(long sessionAudienceId) {
		return getPersistence().fetchByPrimaryKey(sessionAudienceId);
	}

	/**
	 * Returns all the session audiences.
	 *
	 * @return the session audiences
	 */
	public static List<SessionAudience> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of session audiences
	 */
	public static List<SessionAudience> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session audiences
	 */
	public static List<SessionAudience> findAll(
		int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session audiences
	 */
	public static List<SessionAudience> findAll(
		int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the session audiences from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of session audiences.
	 *
	 * @return the number of session audiences
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SessionAudiencePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SessionAudiencePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SessionAudiencePersistence _persistence;

}