/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyDispatchSessionException;
import se.livsviktig.survey.model.SurveyDispatchSession;

/**
 * The persistence interface for the survey dispatch session service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyDispatchSessionUtil
 * @generated
 */
@ProviderType
public interface SurveyDispatchSessionPersistence
	extends BasePersistence<SurveyDispatchSession> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyDispatchSessionUtil} to access the survey dispatch session persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the matching survey dispatch sessions
	 */
	public java.util.List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId);

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
	public java.util.List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end);

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
	public java.util.List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator);

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
	public java.util.List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession findBySurveyDispatchId_First(
			long surveyDispatchId,
			com.liferay.portal.kernel.util.OrderByComparator
				<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession fetchBySurveyDispatchId_First(
		long surveyDispatchId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator);

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession findBySurveyDispatchId_Last(
			long surveyDispatchId,
			com.liferay.portal.kernel.util.OrderByComparator
				<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession fetchBySurveyDispatchId_Last(
		long surveyDispatchId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator);

	/**
	 * Returns the survey dispatch sessions before and after the current survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchSessionId the primary key of the current survey dispatch session
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public SurveyDispatchSession[] findBySurveyDispatchId_PrevAndNext(
			long surveyDispatchSessionId, long surveyDispatchId,
			com.liferay.portal.kernel.util.OrderByComparator
				<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Removes all the survey dispatch sessions where surveyDispatchId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 */
	public void removeBySurveyDispatchId(long surveyDispatchId);

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the number of matching survey dispatch sessions
	 */
	public int countBySurveyDispatchId(long surveyDispatchId);

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession findByD_S(
			long surveyDispatchId, long courseSessionId)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId);

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	public SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId, boolean useFinderCache);

	/**
	 * Removes the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the survey dispatch session that was removed
	 */
	public SurveyDispatchSession removeByD_S(
			long surveyDispatchId, long courseSessionId)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63; and courseSessionId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the number of matching survey dispatch sessions
	 */
	public int countByD_S(long surveyDispatchId, long courseSessionId);

	/**
	 * Caches the survey dispatch session in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 */
	public void cacheResult(SurveyDispatchSession surveyDispatchSession);

	/**
	 * Caches the survey dispatch sessions in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSessions the survey dispatch sessions
	 */
	public void cacheResult(
		java.util.List<SurveyDispatchSession> surveyDispatchSessions);

	/**
	 * Creates a new survey dispatch session with the primary key. Does not add the survey dispatch session to the database.
	 *
	 * @param surveyDispatchSessionId the primary key for the new survey dispatch session
	 * @return the new survey dispatch session
	 */
	public SurveyDispatchSession create(long surveyDispatchSessionId);

	/**
	 * Removes the survey dispatch session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session that was removed
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public SurveyDispatchSession remove(long surveyDispatchSessionId)
		throws NoSuchSurveyDispatchSessionException;

	public SurveyDispatchSession updateImpl(
		SurveyDispatchSession surveyDispatchSession);

	/**
	 * Returns the survey dispatch session with the primary key or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	public SurveyDispatchSession findByPrimaryKey(long surveyDispatchSessionId)
		throws NoSuchSurveyDispatchSessionException;

	/**
	 * Returns the survey dispatch session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session, or <code>null</code> if a survey dispatch session with the primary key could not be found
	 */
	public SurveyDispatchSession fetchByPrimaryKey(
		long surveyDispatchSessionId);

	/**
	 * Returns all the survey dispatch sessions.
	 *
	 * @return the survey dispatch sessions
	 */
	public java.util.List<SurveyDispatchSession> findAll();

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
	public java.util.List<SurveyDispatchSession> findAll(int start, int end);

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
	public java.util.List<SurveyDispatchSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator);

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
	public java.util.List<SurveyDispatchSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyDispatchSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey dispatch sessions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey dispatch sessions.
	 *
	 * @return the number of survey dispatch sessions
	 */
	public int countAll();

}