/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchSessionAudienceException;
import se.livsviktig.training.model.SessionAudience;

/**
 * The persistence interface for the session audience service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionAudienceUtil
 * @generated
 */
@ProviderType
public interface SessionAudiencePersistence
	extends BasePersistence<SessionAudience> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SessionAudienceUtil} to access the session audience persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session audiences
	 */
	public java.util.List<SessionAudience> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

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
	public java.util.List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public SessionAudience findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public SessionAudience findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public SessionAudience[] findByCourseSessionId_PrevAndNext(
			long sessionAudienceId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Removes all the session audiences where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session audiences
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public SessionAudience findByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByCS_O(
		long courseSessionId, long organizationId);

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByCS_O(
		long courseSessionId, long organizationId, boolean useFinderCache);

	/**
	 * Removes the session audience where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session audience that was removed
	 */
	public SessionAudience removeByCS_O(
			long courseSessionId, long organizationId)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the number of session audiences where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	public int countByCS_O(long courseSessionId, long organizationId);

	/**
	 * Returns all the session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching session audiences
	 */
	public java.util.List<SessionAudience> findByOrganizationId(
		long organizationId);

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
	public java.util.List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end);

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
	public java.util.List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

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
	public java.util.List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public SessionAudience findByOrganizationId_First(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByOrganizationId_First(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	public SessionAudience findByOrganizationId_Last(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	public SessionAudience fetchByOrganizationId_Last(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public SessionAudience[] findByOrganizationId_PrevAndNext(
			long sessionAudienceId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
				orderByComparator)
		throws NoSuchSessionAudienceException;

	/**
	 * Removes all the session audiences where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public void removeByOrganizationId(long organizationId);

	/**
	 * Returns the number of session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	public int countByOrganizationId(long organizationId);

	/**
	 * Caches the session audience in the entity cache if it is enabled.
	 *
	 * @param sessionAudience the session audience
	 */
	public void cacheResult(SessionAudience sessionAudience);

	/**
	 * Caches the session audiences in the entity cache if it is enabled.
	 *
	 * @param sessionAudiences the session audiences
	 */
	public void cacheResult(java.util.List<SessionAudience> sessionAudiences);

	/**
	 * Creates a new session audience with the primary key. Does not add the session audience to the database.
	 *
	 * @param sessionAudienceId the primary key for the new session audience
	 * @return the new session audience
	 */
	public SessionAudience create(long sessionAudienceId);

	/**
	 * Removes the session audience with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience that was removed
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public SessionAudience remove(long sessionAudienceId)
		throws NoSuchSessionAudienceException;

	public SessionAudience updateImpl(SessionAudience sessionAudience);

	/**
	 * Returns the session audience with the primary key or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	public SessionAudience findByPrimaryKey(long sessionAudienceId)
		throws NoSuchSessionAudienceException;

	/**
	 * Returns the session audience with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience, or <code>null</code> if a session audience with the primary key could not be found
	 */
	public SessionAudience fetchByPrimaryKey(long sessionAudienceId);

	/**
	 * Returns all the session audiences.
	 *
	 * @return the session audiences
	 */
	public java.util.List<SessionAudience> findAll();

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
	public java.util.List<SessionAudience> findAll(int start, int end);

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
	public java.util.List<SessionAudience> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator);

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
	public java.util.List<SessionAudience> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionAudience>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session audiences from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of session audiences.
	 *
	 * @return the number of session audiences
	 */
	public int countAll();

}