/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link TrainingNoticeLocalService}.
 *
 * @author Livsviktig
 * @see TrainingNoticeLocalService
 * @generated
 */
public class TrainingNoticeLocalServiceWrapper
	implements ServiceWrapper<TrainingNoticeLocalService>,
			   TrainingNoticeLocalService {

	public TrainingNoticeLocalServiceWrapper() {
		this(null);
	}

	public TrainingNoticeLocalServiceWrapper(
		TrainingNoticeLocalService trainingNoticeLocalService) {

		_trainingNoticeLocalService = trainingNoticeLocalService;
	}

	/**
	 * Adds the training notice to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingNotice the training notice
	 * @return the training notice that was added
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice addTrainingNotice(
		se.livsviktig.training.model.TrainingNotice trainingNotice) {

		return _trainingNoticeLocalService.addTrainingNotice(trainingNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once per key (see TrainingNoticeClaim).
	 *
	 * @return <code>true</code> if this call claimed the key, <code>false</code> if it was claimed before
	 */
	@Override
	public boolean claimTrainingNotice(
		long companyId, long groupId, long userId, String noticeKey,
		String noticeType, long registrationId, long courseSessionId) {

		return _trainingNoticeLocalService.claimTrainingNotice(
			companyId, groupId, userId, noticeKey, noticeType, registrationId,
			courseSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingNoticeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new training notice with the primary key. Does not add the training notice to the database.
	 *
	 * @param trainingNoticeId the primary key for the new training notice
	 * @return the new training notice
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice createTrainingNotice(
		long trainingNoticeId) {

		return _trainingNoticeLocalService.createTrainingNotice(
			trainingNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingNoticeLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the training notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice that was removed
	 * @throws PortalException if a training notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice deleteTrainingNotice(
			long trainingNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingNoticeLocalService.deleteTrainingNotice(
			trainingNoticeId);
	}

	/**
	 * Deletes the training notice from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingNotice the training notice
	 * @return the training notice that was removed
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice deleteTrainingNotice(
		se.livsviktig.training.model.TrainingNotice trainingNotice) {

		return _trainingNoticeLocalService.deleteTrainingNotice(trainingNotice);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _trainingNoticeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _trainingNoticeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _trainingNoticeLocalService.dynamicQuery();
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

		return _trainingNoticeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingNoticeModelImpl</code>.
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

		return _trainingNoticeLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingNoticeModelImpl</code>.
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

		return _trainingNoticeLocalService.dynamicQuery(
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

		return _trainingNoticeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _trainingNoticeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.TrainingNotice fetchTrainingNotice(
		long trainingNoticeId) {

		return _trainingNoticeLocalService.fetchTrainingNotice(
			trainingNoticeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _trainingNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _trainingNoticeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _trainingNoticeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingNoticeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the training notice with the primary key.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice
	 * @throws PortalException if a training notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice getTrainingNotice(
			long trainingNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingNoticeLocalService.getTrainingNotice(trainingNoticeId);
	}

	/**
	 * Returns a range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of training notices
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingNotice>
		getTrainingNotices(int start, int end) {

		return _trainingNoticeLocalService.getTrainingNotices(start, end);
	}

	/**
	 * Returns the number of training notices.
	 *
	 * @return the number of training notices
	 */
	@Override
	public int getTrainingNoticesCount() {
		return _trainingNoticeLocalService.getTrainingNoticesCount();
	}

	@Override
	public boolean hasTrainingNotice(long companyId, String noticeKey) {
		return _trainingNoticeLocalService.hasTrainingNotice(
			companyId, noticeKey);
	}

	/**
	 * Updates the training notice in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingNotice the training notice
	 * @return the training notice that was updated
	 */
	@Override
	public se.livsviktig.training.model.TrainingNotice updateTrainingNotice(
		se.livsviktig.training.model.TrainingNotice trainingNotice) {

		return _trainingNoticeLocalService.updateTrainingNotice(trainingNotice);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _trainingNoticeLocalService.getBasePersistence();
	}

	@Override
	public TrainingNoticeLocalService getWrappedService() {
		return _trainingNoticeLocalService;
	}

	@Override
	public void setWrappedService(
		TrainingNoticeLocalService trainingNoticeLocalService) {

		_trainingNoticeLocalService = trainingNoticeLocalService;
	}

	private TrainingNoticeLocalService _trainingNoticeLocalService;

}