/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException;
import se.livsviktig.survey.model.SurveyAccessToken;

/**
 * The persistence interface for the survey access token service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAccessTokenUtil
 * @generated
 */
@ProviderType
public interface SurveyAccessTokenPersistence
	extends BasePersistence<SurveyAccessToken> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyAccessTokenUtil} to access the survey access token persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the survey access token where tokenHash = &#63; or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public SurveyAccessToken findByTokenHash(String tokenHash)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public SurveyAccessToken fetchByTokenHash(String tokenHash);

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public SurveyAccessToken fetchByTokenHash(
		String tokenHash, boolean useFinderCache);

	/**
	 * Removes the survey access token where tokenHash = &#63; from the database.
	 *
	 * @param tokenHash the token hash
	 * @return the survey access token that was removed
	 */
	public SurveyAccessToken removeByTokenHash(String tokenHash)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Returns the number of survey access tokens where tokenHash = &#63;.
	 *
	 * @param tokenHash the token hash
	 * @return the number of matching survey access tokens
	 */
	public int countByTokenHash(String tokenHash);

	/**
	 * Returns all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the matching survey access tokens
	 */
	public java.util.List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId);

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
	public java.util.List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end);

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
	public java.util.List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator);

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
	public java.util.List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public SurveyAccessToken findBySurveyInvitationId_First(
			long surveyInvitationId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
				orderByComparator)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public SurveyAccessToken fetchBySurveyInvitationId_First(
		long surveyInvitationId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator);

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	public SurveyAccessToken findBySurveyInvitationId_Last(
			long surveyInvitationId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
				orderByComparator)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	public SurveyAccessToken fetchBySurveyInvitationId_Last(
		long surveyInvitationId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator);

	/**
	 * Returns the survey access tokens before and after the current survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyAccessTokenId the primary key of the current survey access token
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public SurveyAccessToken[] findBySurveyInvitationId_PrevAndNext(
			long surveyAccessTokenId, long surveyInvitationId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
				orderByComparator)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Removes all the survey access tokens where surveyInvitationId = &#63; from the database.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 */
	public void removeBySurveyInvitationId(long surveyInvitationId);

	/**
	 * Returns the number of survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the number of matching survey access tokens
	 */
	public int countBySurveyInvitationId(long surveyInvitationId);

	/**
	 * Caches the survey access token in the entity cache if it is enabled.
	 *
	 * @param surveyAccessToken the survey access token
	 */
	public void cacheResult(SurveyAccessToken surveyAccessToken);

	/**
	 * Caches the survey access tokens in the entity cache if it is enabled.
	 *
	 * @param surveyAccessTokens the survey access tokens
	 */
	public void cacheResult(
		java.util.List<SurveyAccessToken> surveyAccessTokens);

	/**
	 * Creates a new survey access token with the primary key. Does not add the survey access token to the database.
	 *
	 * @param surveyAccessTokenId the primary key for the new survey access token
	 * @return the new survey access token
	 */
	public SurveyAccessToken create(long surveyAccessTokenId);

	/**
	 * Removes the survey access token with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token that was removed
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public SurveyAccessToken remove(long surveyAccessTokenId)
		throws NoSuchSurveyAccessTokenException;

	public SurveyAccessToken updateImpl(SurveyAccessToken surveyAccessToken);

	/**
	 * Returns the survey access token with the primary key or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	public SurveyAccessToken findByPrimaryKey(long surveyAccessTokenId)
		throws NoSuchSurveyAccessTokenException;

	/**
	 * Returns the survey access token with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token, or <code>null</code> if a survey access token with the primary key could not be found
	 */
	public SurveyAccessToken fetchByPrimaryKey(long surveyAccessTokenId);

	/**
	 * Returns all the survey access tokens.
	 *
	 * @return the survey access tokens
	 */
	public java.util.List<SurveyAccessToken> findAll();

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
	public java.util.List<SurveyAccessToken> findAll(int start, int end);

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
	public java.util.List<SurveyAccessToken> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator);

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
	public java.util.List<SurveyAccessToken> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAccessToken>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey access tokens from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey access tokens.
	 *
	 * @return the number of survey access tokens
	 */
	public int countAll();

}