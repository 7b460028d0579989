/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyResponseException;
import se.livsviktig.survey.model.SurveyResponse;

/**
 * The persistence interface for the survey response service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyResponseUtil
 * @generated
 */
@ProviderType
public interface SurveyResponsePersistence
	extends BasePersistence<SurveyResponse> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyResponseUtil} to access the survey response persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey responses
	 */
	public java.util.List<SurveyResponse> findBySurveyId(long surveyId);

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
	public java.util.List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end);

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
	public java.util.List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

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
	public java.util.List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public SurveyResponse findBySurveyId_First(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public SurveyResponse fetchBySurveyId_First(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public SurveyResponse findBySurveyId_Last(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public SurveyResponse fetchBySurveyId_Last(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

	/**
	 * Returns the survey responses before and after the current survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyResponseId the primary key of the current survey response
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public SurveyResponse[] findBySurveyId_PrevAndNext(
			long surveyResponseId, long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Removes all the survey responses where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public void removeBySurveyId(long surveyId);

	/**
	 * Returns the number of survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey responses
	 */
	public int countBySurveyId(long surveyId);

	/**
	 * Returns all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching survey responses
	 */
	public java.util.List<SurveyResponse> findByC_U(
		long companyId, long userId);

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
	public java.util.List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end);

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
	public java.util.List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

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
	public java.util.List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public SurveyResponse findByC_U_First(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public SurveyResponse fetchByC_U_First(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	public SurveyResponse findByC_U_Last(
			long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	public SurveyResponse fetchByC_U_Last(
		long companyId, long userId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

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
	public SurveyResponse[] findByC_U_PrevAndNext(
			long surveyResponseId, long companyId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
				orderByComparator)
		throws NoSuchSurveyResponseException;

	/**
	 * Removes all the survey responses where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	public void removeByC_U(long companyId, long userId);

	/**
	 * Returns the number of survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching survey responses
	 */
	public int countByC_U(long companyId, long userId);

	/**
	 * Caches the survey response in the entity cache if it is enabled.
	 *
	 * @param surveyResponse the survey response
	 */
	public void cacheResult(SurveyResponse surveyResponse);

	/**
	 * Caches the survey responses in the entity cache if it is enabled.
	 *
	 * @param surveyResponses the survey responses
	 */
	public void cacheResult(java.util.List<SurveyResponse> surveyResponses);

	/**
	 * Creates a new survey response with the primary key. Does not add the survey response to the database.
	 *
	 * @param surveyResponseId the primary key for the new survey response
	 * @return the new survey response
	 */
	public SurveyResponse create(long surveyResponseId);

	/**
	 * Removes the survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response that was removed
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public SurveyResponse remove(long surveyResponseId)
		throws NoSuchSurveyResponseException;

	public SurveyResponse updateImpl(SurveyResponse surveyResponse);

	/**
	 * Returns the survey response with the primary key or throws a <code>NoSuchSurveyResponseException</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	public SurveyResponse findByPrimaryKey(long surveyResponseId)
		throws NoSuchSurveyResponseException;

	/**
	 * Returns the survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response, or <code>null</code> if a survey response with the primary key could not be found
	 */
	public SurveyResponse fetchByPrimaryKey(long surveyResponseId);

	/**
	 * Returns all the survey responses.
	 *
	 * @return the survey responses
	 */
	public java.util.List<SurveyResponse> findAll();

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
	public java.util.List<SurveyResponse> findAll(int start, int end);

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
	public java.util.List<SurveyResponse> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator);

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
	public java.util.List<SurveyResponse> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyResponse>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey responses from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey responses.
	 *
	 * @return the number of survey responses
	 */
	public int countAll();

}