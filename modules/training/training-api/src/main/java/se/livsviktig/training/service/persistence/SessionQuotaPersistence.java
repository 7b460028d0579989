/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.util.Date;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchSessionQuotaException;
import se.livsviktig.training.model.SessionQuota;

/**
 * The persistence interface for the session quota service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionQuotaUtil
 * @generated
 */
@ProviderType
public interface SessionQuotaPersistence extends BasePersistence<SessionQuota> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SessionQuotaUtil} to access the session quota persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session quotas
	 */
	public java.util.List<SessionQuota> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

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
	public java.util.List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public SessionQuota findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public SessionQuota findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

	/**
	 * Returns the session quotas before and after the current session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionQuotaId the primary key of the current session quota
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public SessionQuota[] findByCourseSessionId_PrevAndNext(
			long sessionQuotaId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Removes all the session quotas where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session quotas
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public SessionQuota findByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByCS_O(long courseSessionId, long organizationId);

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByCS_O(
		long courseSessionId, long organizationId, boolean useFinderCache);

	/**
	 * Removes the session quota where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session quota that was removed
	 */
	public SessionQuota removeByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the number of session quotas where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session quotas
	 */
	public int countByCS_O(long courseSessionId, long organizationId);

	/**
	 * Returns all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the matching session quotas
	 */
	public java.util.List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate);

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
	public java.util.List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end);

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
	public java.util.List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

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
	public java.util.List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public SessionQuota findByR_LtRD_First(
			boolean released, Date releaseDate,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByR_LtRD_First(
		boolean released, Date releaseDate,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	public SessionQuota findByR_LtRD_Last(
			boolean released, Date releaseDate,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	public SessionQuota fetchByR_LtRD_Last(
		boolean released, Date releaseDate,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

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
	public SessionQuota[] findByR_LtRD_PrevAndNext(
			long sessionQuotaId, boolean released, Date releaseDate,
			com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
				orderByComparator)
		throws NoSuchSessionQuotaException;

	/**
	 * Removes all the session quotas where released = &#63; and releaseDate &lt; &#63; from the database.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 */
	public void removeByR_LtRD(boolean released, Date releaseDate);

	/**
	 * Returns the number of session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the number of matching session quotas
	 */
	public int countByR_LtRD(boolean released, Date releaseDate);

	/**
	 * Caches the session quota in the entity cache if it is enabled.
	 *
	 * @param sessionQuota the session quota
	 */
	public void cacheResult(SessionQuota sessionQuota);

	/**
	 * Caches the session quotas in the entity cache if it is enabled.
	 *
	 * @param sessionQuotas the session quotas
	 */
	public void cacheResult(java.util.List<SessionQuota> sessionQuotas);

	/**
	 * Creates a new session quota with the primary key. Does not add the session quota to the database.
	 *
	 * @param sessionQuotaId the primary key for the new session quota
	 * @return the new session quota
	 */
	public SessionQuota create(long sessionQuotaId);

	/**
	 * Removes the session quota with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota that was removed
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public SessionQuota remove(long sessionQuotaId)
		throws NoSuchSessionQuotaException;

	public SessionQuota updateImpl(SessionQuota sessionQuota);

	/**
	 * Returns the session quota with the primary key or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	public SessionQuota findByPrimaryKey(long sessionQuotaId)
		throws NoSuchSessionQuotaException;

	/**
	 * Returns the session quota with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota, or <code>null</code> if a session quota with the primary key could not be found
	 */
	public SessionQuota fetchByPrimaryKey(long sessionQuotaId);

	/**
	 * Returns all the session quotas.
	 *
	 * @return the session quotas
	 */
	public java.util.List<SessionQuota> findAll();

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
	public java.util.List<SessionQuota> findAll(int start, int end);

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
	public java.util.List<SessionQuota> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator);

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
	public java.util.List<SessionQuota> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionQuota>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session quotas from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of session quotas.
	 *
	 * @return the number of session quotas
	 */
	public int countAll();

}