/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyInvitationLocalService}.
 *
 * @author Livsviktig
 * @see SurveyInvitationLocalService
 * @generated
 */
public class SurveyInvitationLocalServiceWrapper
	implements ServiceWrapper<SurveyInvitationLocalService>,
			   SurveyInvitationLocalService {

	public SurveyInvitationLocalServiceWrapper() {
		this(null);
	}

	public SurveyInvitationLocalServiceWrapper(
		SurveyInvitationLocalService surveyInvitationLocalService) {

		_surveyInvitationLocalService = surveyInvitationLocalService;
	}

	/**
	 * Adds the survey invitation to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyInvitationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyInvitation the survey invitation
	 * @return the survey invitation that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation addSurveyInvitation(
		se.livsviktig.survey.model.SurveyInvitation surveyInvitation) {

		return _surveyInvitationLocalService.addSurveyInvitation(
			surveyInvitation);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyInvitationLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new survey invitation with the primary key. Does not add the survey invitation to the database.
	 *
	 * @param surveyInvitationId the primary key for the new survey invitation
	 * @return the new survey invitation
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation createSurveyInvitation(
		long surveyInvitationId) {

		return _surveyInvitationLocalService.createSurveyInvitation(
			surveyInvitationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyInvitationLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the survey invitation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyInvitationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation that was removed
	 * @throws PortalException if a survey invitation with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation deleteSurveyInvitation(
			long surveyInvitationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyInvitationLocalService.deleteSurveyInvitation(
			surveyInvitationId);
	}

	/**
	 * Deletes the survey invitation from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyInvitationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyInvitation the survey invitation
	 * @return the survey invitation that was removed
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation deleteSurveyInvitation(
		se.livsviktig.survey.model.SurveyInvitation surveyInvitation) {

		return _surveyInvitationLocalService.deleteSurveyInvitation(
			surveyInvitation);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyInvitationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyInvitationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyInvitationLocalService.dynamicQuery();
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

		return _surveyInvitationLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyInvitationModelImpl</code>.
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

		return _surveyInvitationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyInvitationModelImpl</code>.
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

		return _surveyInvitationLocalService.dynamicQuery(
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

		return _surveyInvitationLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyInvitationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyInvitation fetchSurveyInvitation(
		long surveyInvitationId) {

		return _surveyInvitationLocalService.fetchSurveyInvitation(
			surveyInvitationId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyInvitationLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyInvitationLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyInvitationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyInvitationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey invitation with the primary key.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation
	 * @throws PortalException if a survey invitation with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation getSurveyInvitation(
			long surveyInvitationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyInvitationLocalService.getSurveyInvitation(
			surveyInvitationId);
	}

	/**
	 * Returns a range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of survey invitations
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyInvitation>
		getSurveyInvitations(int start, int end) {

		return _surveyInvitationLocalService.getSurveyInvitations(start, end);
	}

	/**
	 * Returns the number of survey invitations.
	 *
	 * @return the number of survey invitations
	 */
	@Override
	public int getSurveyInvitationsCount() {
		return _surveyInvitationLocalService.getSurveyInvitationsCount();
	}

	/**
	 * Updates the survey invitation in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyInvitationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyInvitation the survey invitation
	 * @return the survey invitation that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyInvitation updateSurveyInvitation(
		se.livsviktig.survey.model.SurveyInvitation surveyInvitation) {

		return _surveyInvitationLocalService.updateSurveyInvitation(
			surveyInvitation);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyInvitationLocalService.getBasePersistence();
	}

	@Override
	public SurveyInvitationLocalService getWrappedService() {
		return _surveyInvitationLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyInvitationLocalService surveyInvitationLocalService) {

		_surveyInvitationLocalService = surveyInvitationLocalService;
	}

	private SurveyInvitationLocalService _surveyInvitationLocalService;

}