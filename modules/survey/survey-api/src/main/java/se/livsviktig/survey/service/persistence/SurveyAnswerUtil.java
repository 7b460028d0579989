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

import se.livsviktig.survey.model.SurveyAnswer;

/**
 * The persistence utility for the survey answer service. This utility wraps <code>se.livsviktig.survey.service.persistence.impl.SurveyAnswerPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SurveyAnswerPersistence
 * @generated
 */
public class SurveyAnswerUtil {

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
	public static void clearCache(SurveyAnswer surveyAnswer) {
		getPersistence().clearCache(surveyAnswer);
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
	public static Map<Serializable, SurveyAnswer> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SurveyAnswer> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SurveyAnswer> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SurveyAnswer> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SurveyAnswer update(SurveyAnswer surveyAnswer) {
		return getPersistence().update(surveyAnswer);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SurveyAnswer update(
		SurveyAnswer surveyAnswer, ServiceContext serviceContext) {

		return getPersistence().update(surveyAnswer, serviceContext);
	}

	/**
	 * Returns all the survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the matching survey answers
	 */
	public static List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId) {

		return getPersistence().findBySurveyResponseId(surveyResponseId);
	}

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
	public static List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end) {

		return getPersistence().findBySurveyResponseId(
			surveyResponseId, start, end);
	}

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
	public static List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().findBySurveyResponseId(
			surveyResponseId, start, end, orderByComparator);
	}

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
	public static List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyResponseId(
			surveyResponseId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public static SurveyAnswer findBySurveyResponseId_First(
			long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyResponseId_First(
			surveyResponseId, orderByComparator);
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public static SurveyAnswer fetchBySurveyResponseId_First(
		long surveyResponseId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().fetchBySurveyResponseId_First(
			surveyResponseId, orderByComparator);
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public static SurveyAnswer findBySurveyResponseId_Last(
			long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyResponseId_Last(
			surveyResponseId, orderByComparator);
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public static SurveyAnswer fetchBySurveyResponseId_Last(
		long surveyResponseId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().fetchBySurveyResponseId_Last(
			surveyResponseId, orderByComparator);
	}

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public static SurveyAnswer[] findBySurveyResponseId_PrevAndNext(
			long surveyAnswerId, long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyResponseId_PrevAndNext(
			surveyAnswerId, surveyResponseId, orderByComparator);
	}

	/**
	 * Removes all the survey answers where surveyResponseId = &#63; from the database.
	 *
	 * @param surveyResponseId the survey response ID
	 */
	public static void removeBySurveyResponseId(long surveyResponseId) {
		getPersistence().removeBySurveyResponseId(surveyResponseId);
	}

	/**
	 * Returns the number of survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the number of matching survey answers
	 */
	public static int countBySurveyResponseId(long surveyResponseId) {
		return getPersistence().countBySurveyResponseId(surveyResponseId);
	}

	/**
	 * Returns all the survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the matching survey answers
	 */
	public static List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId) {

		return getPersistence().findBySurveyQuestionId(surveyQuestionId);
	}

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
	public static List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end) {

		return getPersistence().findBySurveyQuestionId(
			surveyQuestionId, start, end);
	}

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
	public static List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().findBySurveyQuestionId(
			surveyQuestionId, start, end, orderByComparator);
	}

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
	public static List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySurveyQuestionId(
			surveyQuestionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public static SurveyAnswer findBySurveyQuestionId_First(
			long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyQuestionId_First(
			surveyQuestionId, orderByComparator);
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public static SurveyAnswer fetchBySurveyQuestionId_First(
		long surveyQuestionId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().fetchBySurveyQuestionId_First(
			surveyQuestionId, orderByComparator);
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	public static SurveyAnswer findBySurveyQuestionId_Last(
			long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyQuestionId_Last(
			surveyQuestionId, orderByComparator);
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	public static SurveyAnswer fetchBySurveyQuestionId_Last(
		long surveyQuestionId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().fetchBySurveyQuestionId_Last(
			surveyQuestionId, orderByComparator);
	}

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public static SurveyAnswer[] findBySurveyQuestionId_PrevAndNext(
			long surveyAnswerId, long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findBySurveyQuestionId_PrevAndNext(
			surveyAnswerId, surveyQuestionId, orderByComparator);
	}

	/**
	 * Removes all the survey answers where surveyQuestionId = &#63; from the database.
	 *
	 * @param surveyQuestionId the survey question ID
	 */
	public static void removeBySurveyQuestionId(long surveyQuestionId) {
		getPersistence().removeBySurveyQuestionId(surveyQuestionId);
	}

	/**
	 * Returns the number of survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the number of matching survey answers
	 */
	public static int countBySurveyQuestionId(long surveyQuestionId) {
		return getPersistence().countBySurveyQuestionId(surveyQuestionId);
	}

	/**
	 * Caches the survey answer in the entity cache if it is enabled.
	 *
	 * @param surveyAnswer the survey answer
	 */
	public static void cacheResult(SurveyAnswer surveyAnswer) {
		getPersistence().cacheResult(surveyAnswer);
	}

	/**
	 * Caches the survey answers in the entity cache if it is enabled.
	 *
	 * @param surveyAnswers the survey answers
	 */
	public static void cacheResult(List<SurveyAnswer> surveyAnswers) {
		getPersistence().cacheResult(surveyAnswers);
	}

	/**
	 * Creates a new survey answer with the primary key. Does not add the survey answer to the database.
	 *
	 * @param surveyAnswerId the primary key for the new survey answer
	 * @return the new survey answer
	 */
	public static SurveyAnswer create(long surveyAnswerId) {
		return getPersistence().create(surveyAnswerId);
	}

	/**
	 * Removes the survey answer with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer that was removed
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public static SurveyAnswer remove(long surveyAnswerId)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().remove(surveyAnswerId);
	}

	public static SurveyAnswer updateImpl(SurveyAnswer surveyAnswer) {
		return getPersistence().updateImpl(surveyAnswer);
	}

	/**
	 * Returns the survey answer with the primary key or throws a <code>NoSuchSurveyAnswerException</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	public static SurveyAnswer findByPrimaryKey(long surveyAnswerId)
		throws se.livsviktig.survey.exception.NoSuchSurveyAnswerException {

		return getPersistence().findByPrimaryKey(surveyAnswerId);
	}

	/**
	 * Returns the survey answer with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer, or <code>null</code> if a survey answer with the primary key could not be found
	 */
	public static SurveyAnswer fetchByPrimaryKey(long surveyAnswerId) {
		return getPersistence().fetchByPrimaryKey(surveyAnswerId);
	}

	/**
	 * Returns all the survey answers.
	 *
	 * @return the survey answers
	 */
	public static List<SurveyAnswer> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<SurveyAnswer> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<SurveyAnswer> findAll(
		int start, int end, OrderByComparator<SurveyAnswer> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<SurveyAnswer> findAll(
		int start, int end, OrderByComparator<SurveyAnswer> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the survey answers from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of survey answers.
	 *
	 * @return the number of survey answers
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SurveyAnswerPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SurveyAnswerPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SurveyAnswerPersistence _persistence;

}