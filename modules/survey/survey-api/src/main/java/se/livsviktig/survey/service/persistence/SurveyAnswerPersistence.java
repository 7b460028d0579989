/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.exception.NoSuchSurveyAnswerException;
import se.livsviktig.survey.model.SurveyAnswer;

/**
 * The persistence interface for the survey answer service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAnswerUtil
 * @generated
 */
@ProviderType
public interface SurveyAnswerPersistence extends BasePersistence<SurveyAnswer> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SurveyAnswerUtil} to access the survey answer persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId);

	/**
	 * Returns a range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end);

	/**
	 * Returns an ordered range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public SurveyAnswer findBySurveyResponseId_First(
			long surveyResponseId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public SurveyAnswer fetchBySurveyResponseId_First(
		long surveyResponseId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public SurveyAnswer findBySurveyResponseId_Last(
			long surveyResponseId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public SurveyAnswer fetchBySurveyResponseId_Last(
		long surveyResponseId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public SurveyAnswer[] findBySurveyResponseId_PrevAndNext(
			long surveyAnswerId, long surveyResponseId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Removes all the survey answers where surveyResponseId = &#63; from the database.
	 *
	 * @param surveyResponseId the survey response ID
	 */
	public void removeBySurveyResponseId(long surveyResponseId);

	/**
	 * Returns the number of survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the number of matching survey answers
	 */
	public int countBySurveyResponseId(long surveyResponseId);

	/**
	 * Returns all the survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId);

	/**
	 * Returns a range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end);

	/**
	 * Returns an ordered range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey answers
	 */
	public java.util.List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public SurveyAnswer findBySurveyQuestionId_First(
			long surveyQuestionId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public SurveyAnswer fetchBySurveyQuestionId_First(
		long surveyQuestionId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public SurveyAnswer findBySurveyQuestionId_Last(
			long surveyQuestionId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public SurveyAnswer fetchBySurveyQuestionId_Last(
		long surveyQuestionId,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public SurveyAnswer[] findBySurveyQuestionId_PrevAndNext(
			long surveyAnswerId, long surveyQuestionId,
			com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
				orderByComparator)
		throws NoSuchSurveyAnswerException;

	/**
	 * Removes all the survey answers where surveyQuestionId = &#63; from the database.
	 *
	 * @param surveyQuestionId the survey question ID
	 */
	public void removeBySurveyQuestionId(long surveyQuestionId);

	/**
	 * Returns the number of survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the number of matching survey answers
	 */
	public int countBySurveyQuestionId(long surveyQuestionId);

	/**
	 * Caches the survey answer in the entity cache if it is enabled.
	 *
	 * @param surveyAnswer the survey answer
	 */
	public void cacheResult(SurveyAnswer surveyAnswer);

	/**
	 * Caches the survey answers in the entity cache if it is enabled.
	 *
	 * @param surveyAnswers the survey answers
	 */
	public void cacheResult(java.util.List<SurveyAnswer> surveyAnswers);

	/**
	 * Creates a new survey answer with the primary key. Does not add the survey answer to the database.
	 *
	 * @param surveyAnswerId the primary key for the new survey answer
	 * @return the new survey answer
	 */
	public SurveyAnswer create(long surveyAnswerId);

	/**
	 * Removes the survey answer with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer that was removed
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public SurveyAnswer remove(long surveyAnswerId)
		throws NoSuchSurveyAnswerException;

	public SurveyAnswer updateImpl(SurveyAnswer surveyAnswer);

	/**
	 * Returns the survey answer with the primary key or throws a <code>NoSuchSurveyAnswerException</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public SurveyAnswer findByPrimaryKey(long surveyAnswerId)
		throws NoSuchSurveyAnswerException;

	/**
	 * Returns the survey answer with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer, or <code>null</code> if a survey answer with the primary key could not be found
	 */
	public SurveyAnswer fetchByPrimaryKey(long surveyAnswerId);

	/**
	 * Returns all the survey answers.
	 *
	 * @return the survey answers
	 */
	public java.util.List<SurveyAnswer> findAll();

	/**
	 * Returns a range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of survey answers
	 */
	public java.util.List<SurveyAnswer> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey answers
	 */
	public java.util.List<SurveyAnswer> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator);

	/**
	 * Returns an ordered range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey answers
	 */
	public java.util.List<SurveyAnswer> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SurveyAnswer>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the survey answers from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of survey answers.
	 *
	 * @return the number of survey answers
	 */
	public int countAll();

}