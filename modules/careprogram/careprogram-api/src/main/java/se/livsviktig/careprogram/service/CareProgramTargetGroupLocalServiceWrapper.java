/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CareProgramTargetGroupLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramTargetGroupLocalService
 * @generated
 */
public class CareProgramTargetGroupLocalServiceWrapper
	implements CareProgramTargetGroupLocalService,
			   ServiceWrapper<CareProgramTargetGroupLocalService> {

	public CareProgramTargetGroupLocalServiceWrapper() {
		this(null);
	}

	public CareProgramTargetGroupLocalServiceWrapper(
		CareProgramTargetGroupLocalService careProgramTargetGroupLocalService) {

		_careProgramTargetGroupLocalService =
			careProgramTargetGroupLocalService;
	}

	/**
	 * Adds the care program target group to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramTargetGroupLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramTargetGroup the care program target group
	 * @return the care program target group that was added
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
		addCareProgramTargetGroup(
			se.livsviktig.careprogram.model.CareProgramTargetGroup
				careProgramTargetGroup) {

		return _careProgramTargetGroupLocalService.addCareProgramTargetGroup(
			careProgramTargetGroup);
	}

	/**
	 * Creates a new care program target group with the primary key. Does not add the care program target group to the database.
	 *
	 * @param careProgramTargetGroupId the primary key for the new care program target group
	 * @return the new care program target group
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
		createCareProgramTargetGroup(long careProgramTargetGroupId) {

		return _careProgramTargetGroupLocalService.createCareProgramTargetGroup(
			careProgramTargetGroupId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramTargetGroupLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the care program target group from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramTargetGroupLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramTargetGroup the care program target group
	 * @return the care program target group that was removed
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
		deleteCareProgramTargetGroup(
			se.livsviktig.careprogram.model.CareProgramTargetGroup
				careProgramTargetGroup) {

		return _careProgramTargetGroupLocalService.deleteCareProgramTargetGroup(
			careProgramTargetGroup);
	}

	/**
	 * Deletes the care program target group with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramTargetGroupLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group that was removed
	 * @throws PortalException if a care program target group with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
			deleteCareProgramTargetGroup(long careProgramTargetGroupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramTargetGroupLocalService.deleteCareProgramTargetGroup(
			careProgramTargetGroupId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramTargetGroupLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _careProgramTargetGroupLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _careProgramTargetGroupLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _careProgramTargetGroupLocalService.dynamicQuery();
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

		return _careProgramTargetGroupLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramTargetGroupModelImpl</code>.
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

		return _careProgramTargetGroupLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramTargetGroupModelImpl</code>.
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

		return _careProgramTargetGroupLocalService.dynamicQuery(
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

		return _careProgramTargetGroupLocalService.dynamicQueryCount(
			dynamicQuery);
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

		return _careProgramTargetGroupLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
		fetchCareProgramTargetGroup(long careProgramTargetGroupId) {

		return _careProgramTargetGroupLocalService.fetchCareProgramTargetGroup(
			careProgramTargetGroupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _careProgramTargetGroupLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the care program target group with the primary key.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group
	 * @throws PortalException if a care program target group with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
			getCareProgramTargetGroup(long careProgramTargetGroupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramTargetGroupLocalService.getCareProgramTargetGroup(
			careProgramTargetGroupId);
	}

	/**
	 * Returns a range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of care program target groups
	 */
	@Override
	public java.util.List
		<se.livsviktig.careprogram.model.CareProgramTargetGroup>
			getCareProgramTargetGroups(int start, int end) {

		return _careProgramTargetGroupLocalService.getCareProgramTargetGroups(
			start, end);
	}

	/**
	 * Returns the number of care program target groups.
	 *
	 * @return the number of care program target groups
	 */
	@Override
	public int getCareProgramTargetGroupsCount() {
		return _careProgramTargetGroupLocalService.
			getCareProgramTargetGroupsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _careProgramTargetGroupLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramTargetGroupLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramTargetGroupLocalService.getPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Updates the care program target group in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramTargetGroupLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramTargetGroup the care program target group
	 * @return the care program target group that was updated
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramTargetGroup
		updateCareProgramTargetGroup(
			se.livsviktig.careprogram.model.CareProgramTargetGroup
				careProgramTargetGroup) {

		return _careProgramTargetGroupLocalService.updateCareProgramTargetGroup(
			careProgramTargetGroup);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _careProgramTargetGroupLocalService.getBasePersistence();
	}

	@Override
	public CareProgramTargetGroupLocalService getWrappedService() {
		return _careProgramTargetGroupLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramTargetGroupLocalService careProgramTargetGroupLocalService) {

		_careProgramTargetGroupLocalService =
			careProgramTargetGroupLocalService;
	}

	private CareProgramTargetGroupLocalService
		_careProgramTargetGroupLocalService;

}