/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyAnswerLocalService}.
 *
 * @author Livsviktig
 * @see SurveyAnswerLocalService
 * @generated
 */
public class SurveyAnswerLocalServiceWrapper
	implements ServiceWrapper<SurveyAnswerLocalService>,
			   SurveyAnswerLocalService {

	public SurveyAnswerLocalServiceWrapper() {
		this(null);
	}

	public SurveyAnswerLocalServiceWrapper(
		SurveyAnswerLocalService surveyAnswerLocalService) {

		_surveyAnswerLocalService = surveyAnswerLocalService;
	}

	/**
	 * Adds the survey answer to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAnswerLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAnswer the survey answer
	 * @return the survey answer that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer addSurveyAnswer(
		se.livsviktig.survey.model.SurveyAnswer surveyAnswer) {

		return _surveyAnswerLocalService.addSurveyAnswer(surveyAnswer);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAnswerLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new survey answer with the primary key. Does not add the survey answer to the database.
	 *
	 * @param surveyAnswerId the primary key for the new survey answer
	 * @return the new survey answer
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer createSurveyAnswer(
		long surveyAnswerId) {

		return _surveyAnswerLocalService.createSurveyAnswer(surveyAnswerId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAnswerLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the survey answer with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAnswerLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer that was removed
	 * @throws PortalException if a survey answer with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer deleteSurveyAnswer(
			long surveyAnswerId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAnswerLocalService.deleteSurveyAnswer(surveyAnswerId);
	}

	/**
	 * Deletes the survey answer from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAnswerLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAnswer the survey answer
	 * @return the survey answer that was removed
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer deleteSurveyAnswer(
		se.livsviktig.survey.model.SurveyAnswer surveyAnswer) {

		return _surveyAnswerLocalService.deleteSurveyAnswer(surveyAnswer);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyAnswerLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyAnswerLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyAnswerLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _surveyAnswerLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _surveyAnswerLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _surveyAnswerLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _surveyAnswerLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _surveyAnswerLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyAnswer fetchSurveyAnswer(
		long surveyAnswerId) {

		return _surveyAnswerLocalService.fetchSurveyAnswer(surveyAnswerId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyAnswerLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyAnswerLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyAnswerLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAnswerLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey answer with the primary key.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer
	 * @throws PortalException if a survey answer with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer getSurveyAnswer(
			long surveyAnswerId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAnswerLocalService.getSurveyAnswer(surveyAnswerId);
	}

	/**
	 * Returns a range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of survey answers
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyAnswer>
		getSurveyAnswers(int start, int end) {

		return _surveyAnswerLocalService.getSurveyAnswers(start, end);
	}

	/**
	 * Returns the number of survey answers.
	 *
	 * @return the number of survey answers
	 */
	@Override
	public int getSurveyAnswersCount() {
		return _surveyAnswerLocalService.getSurveyAnswersCount();
	}

	/**
	 * Updates the survey answer in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAnswerLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAnswer the survey answer
	 * @return the survey answer that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAnswer updateSurveyAnswer(
		se.livsviktig.survey.model.SurveyAnswer surveyAnswer) {

		return _surveyAnswerLocalService.updateSurveyAnswer(surveyAnswer);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyAnswerLocalService.getBasePersistence();
	}

	@Override
	public SurveyAnswerLocalService getWrappedService() {
		return _surveyAnswerLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyAnswerLocalService surveyAnswerLocalService) {

		_surveyAnswerLocalService = surveyAnswerLocalService;
	}

	private SurveyAnswerLocalService _surveyAnswerLocalService;

}