/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.training.model.SessionQuota;

/**
 * The persistence utility for the session quota service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.SessionQuotaPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionQuotaPersistence
 * @generated
 */
public class SessionQuotaUtil {

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
	public static void clearCache(SessionQuota sessionQuota) {
		getPersistence().clearCache(sessionQuota);
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
	public static Map<Serializable, SessionQuota> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SessionQuota> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SessionQuota> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SessionQuota> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SessionQuota update(SessionQuota sessionQuota) {
		return getPersistence().update(sessionQuota);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SessionQuota update(
		SessionQuota sessionQuota, ServiceContext serviceContext) {

		return getPersistence().update(sessionQuota, serviceContext);
	}

	/**
	 * Returns all the session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session quotas
	 */
	public static List<SessionQuota> findByCourseSessionId(
		long courseSessionId) {

		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of matching session quotas
	 */
	public static List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session quotas
	 */
	public static List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session quotas
	 */
	public static List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public static SessionQuota findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public static SessionQuota findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the session quotas before and after the current session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionQuotaId the primary key of the current session quota
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public static SessionQuota[] findByCourseSessionId_PrevAndNext(
			long sessionQuotaId, long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			sessionQuotaId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the session quotas where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session quotas
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public static SessionQuota findByCS_O(
			long courseSessionId, long organizationId)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByCS_O(
		long courseSessionId, long organizationId) {

		return getPersistence().fetchByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByCS_O(
		long courseSessionId, long organizationId, boolean useFinderCache) {

		return getPersistence().fetchByCS_O(
			courseSessionId, organizationId, useFinderCache);
	}

	/**
	 * Removes the session quota where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session quota that was removed
	 */
	public static SessionQuota removeByCS_O(
			long courseSessionId, long organizationId)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().removeByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns the number of session quotas where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session quotas
	 */
	public static int countByCS_O(long courseSessionId, long organizationId) {
		return getPersistence().countByCS_O(courseSessionId, organizationId);
	}

	/**
	 * Returns all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the matching session quotas
	 */
	public static List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate) {

		return getPersistence().findByR_LtRD(released, releaseDate);
	}

	/**
	 * Returns a range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of matching session quotas
	 */
	public static List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end) {

		return getPersistence().findByR_LtRD(released, releaseDate, start, end);
	}

	/**
	 * Returns an ordered range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session quotas
	 */
	public static List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().findByR_LtRD(
			released, releaseDate, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session quotas
	 */
	public static List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByR_LtRD(
			released, releaseDate, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public static SessionQuota findByR_LtRD_First(
			boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByR_LtRD_First(
			released, releaseDate, orderByComparator);
	}

	/**
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByR_LtRD_First(
		boolean released, Date releaseDate,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().fetchByR_LtRD_First(
			released, releaseDate, orderByComparator);
	}

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public static SessionQuota findByR_LtRD_Last(
			boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByR_LtRD_Last(
			released, releaseDate, orderByComparator);
	}

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public static SessionQuota fetchByR_LtRD_Last(
		boolean released, Date releaseDate,
		OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().fetchByR_LtRD_Last(
			released, releaseDate, orderByComparator);
	}

	/**
	 * Returns the session quotas before and after the current session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param sessionQuotaId the primary key of the current session quota
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public static SessionQuota[] findByR_LtRD_PrevAndNext(
			long sessionQuotaId, boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByR_LtRD_PrevAndNext(
			sessionQuotaId, released, releaseDate, orderByComparator);
	}

	/**
	 * Removes all the session quotas where released = &#63; and releaseDate &lt; &#63; from the database.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 */
	public static void removeByR_LtRD(boolean released, Date releaseDate) {
		getPersistence().removeByR_LtRD(released, releaseDate);
	}

	/**
	 * Returns the number of session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the number of matching session quotas
	 */
	public static int countByR_LtRD(boolean released, Date releaseDate) {
		return getPersistence().countByR_LtRD(released, releaseDate);
	}

	/**
	 * Caches the session quota in the entity cache if it is enabled.
	 *
	 * @param sessionQuota the session quota
	 */
	public static void cacheResult(SessionQuota sessionQuota) {
		getPersistence().cacheResult(sessionQuota);
	}

	/**
	 * Caches the session quotas in the entity cache if it is enabled.
	 *
	 * @param sessionQuotas the session quotas
	 */
	public static void cacheResult(List<SessionQuota> sessionQuotas) {
		getPersistence().cacheResult(sessionQuotas);
	}

	/**
	 * Creates a new session quota with the primary key. Does not add the session quota to the database.
	 *
	 * @param sessionQuotaId the primary key for the new session quota
	 * @return the new session quota
	 */
	public static SessionQuota create(long sessionQuotaId) {
		return getPersistence().create(sessionQuotaId);
	}

	/**
	 * Removes the session quota with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota that was removed
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public static SessionQuota remove(long sessionQuotaId)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().remove(sessionQuotaId);
	}

	public static SessionQuota updateImpl(SessionQuota sessionQuota) {
		return getPersistence().updateImpl(sessionQuota);
	}

	/**
	 * Returns the session quota with the primary key or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public static SessionQuota findByPrimaryKey(long sessionQuotaId)
		throws se.livsviktig.training.exception.NoSuchSessionQuotaException {

		return getPersistence().findByPrimaryKey(sessionQuotaId);
	}

	/**
	 * Returns the session quota with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota, or <code>null</code> if a session quota with the primary key could not be found
	 */
	public static SessionQuota fetchByPrimaryKey(long sessionQuotaId) {
		return getPersistence().fetchByPrimaryKey(sessionQuotaId);
	}

	/**
	 * Returns all the session quotas.
	 *
	 * @return the session quotas
	 */
	public static List<SessionQuota> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of session quotas
	 */
	public static List<SessionQuota> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session quotas
	 */
	public static List<SessionQuota> findAll(
		int start, int end, OrderByComparator<SessionQuota> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session quotas
	 */
	public static List<SessionQuota> findAll(
		int start, int end, OrderByComparator<SessionQuota> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the session quotas from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of session quotas.
	 *
	 * @return the number of session quotas
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SessionQuotaPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SessionQuotaPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SessionQuotaPersistence _persistence;

}