/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyQuestionException;
import se.livsviktig.survey.model.SurveyQuestion;

/**
 * The persistence interface for the survey question service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyQuestionUtil
 * @generated
 */
@ProviderType
public interface SurveyQuestionPersistence
	extends BasePersistence<SurveyQuestion> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyQuestionUtil} to access the survey question persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the survey questions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid(String uuid);

	/**
	 * Returns a range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where uuid = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public SurveyQuestion[] findByUuid_PrevAndNext(
			long surveyQuestionId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Removes all the survey questions where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of survey questions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching survey questions
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyQuestionException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the survey question where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the survey question where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey question that was removed
	 */
	public SurveyQuestion removeByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the number of survey questions where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching survey questions
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the first survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the last survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public SurveyQuestion[] findByUuid_C_PrevAndNext(
			long surveyQuestionId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Removes all the survey questions where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of survey questions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching survey questions
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the survey questions where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey questions
	 */
	public java.util.List<SurveyQuestion> findBySurveyId(long surveyId);

	/**
	 * Returns a range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end);

	/**
	 * Returns an ordered range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey questions where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey questions
	 */
	public java.util.List<SurveyQuestion> findBySurveyId(
		long surveyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findBySurveyId_First(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the first survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchBySurveyId_First(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the last survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question
	 * @throws NoSuchSurveyQuestionException if a matching survey question could not be found
	 */
	public SurveyQuestion findBySurveyId_Last(
			long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the last survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public SurveyQuestion fetchBySurveyId_Last(
		long surveyId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns the survey questions before and after the current survey question in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyQuestionId the primary key of the current survey question
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public SurveyQuestion[] findBySurveyId_PrevAndNext(
			long surveyQuestionId, long surveyId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
				orderByComparator)
		throws NoSuchSurveyQuestionException;

	/**
	 * Removes all the survey questions where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	public void removeBySurveyId(long surveyId);

	/**
	 * Returns the number of survey questions where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey questions
	 */
	public int countBySurveyId(long surveyId);

	/**
	 * Caches the survey question in the entity cache if it is enabled.
	 *
	 * @param surveyQuestion the survey question
	 */
	public void cacheResult(SurveyQuestion surveyQuestion);

	/**
	 * Caches the survey questions in the entity cache if it is enabled.
	 *
	 * @param surveyQuestions the survey questions
	 */
	public void cacheResult(java.util.List<SurveyQuestion> surveyQuestions);

	/**
	 * Creates a new survey question with the primary key. Does not add the survey question to the database.
	 *
	 * @param surveyQuestionId the primary key for the new survey question
	 * @return the new survey question
	 */
	public SurveyQuestion create(long surveyQuestionId);

	/**
	 * Removes the survey question with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question that was removed
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public SurveyQuestion remove(long surveyQuestionId)
		throws NoSuchSurveyQuestionException;

	public SurveyQuestion updateImpl(SurveyQuestion surveyQuestion);

	/**
	 * Returns the survey question with the primary key or throws a <code>NoSuchSurveyQuestionException</code> if it could not be found.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question
	 * @throws NoSuchSurveyQuestionException if a survey question with the primary key could not be found
	 */
	public SurveyQuestion findByPrimaryKey(long surveyQuestionId)
		throws NoSuchSurveyQuestionException;

	/**
	 * Returns the survey question with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question, or <code>null</code> if a survey question with the primary key could not be found
	 */
	public SurveyQuestion fetchByPrimaryKey(long surveyQuestionId);

	/**
	 * Returns all the survey questions.
	 *
	 * @return the survey questions
	 */
	public java.util.List<SurveyQuestion> findAll();

	/**
	 * Returns a range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of survey questions
	 */
	public java.util.List<SurveyQuestion> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey questions
	 */
	public java.util.List<SurveyQuestion> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey questions
	 */
	public java.util.List<SurveyQuestion> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyQuestion>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey questions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey questions.
	 *
	 * @return the number of survey questions
	 */
	public int countAll();

}