/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CareProgramMethodLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramMethodLocalService
 * @generated
 */
public class CareProgramMethodLocalServiceWrapper
	implements CareProgramMethodLocalService,
			   ServiceWrapper<CareProgramMethodLocalService> {

	public CareProgramMethodLocalServiceWrapper() {
		this(null);
	}

	public CareProgramMethodLocalServiceWrapper(
		CareProgramMethodLocalService careProgramMethodLocalService) {

		_careProgramMethodLocalService = careProgramMethodLocalService;
	}

	/**
	 * Adds the care program method to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramMethod the care program method
	 * @return the care program method that was added
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
		addCareProgramMethod(
			se.livsviktig.careprogram.model.CareProgramMethod
				careProgramMethod) {

		return _careProgramMethodLocalService.addCareProgramMethod(
			careProgramMethod);
	}

	/**
	 * Creates a new care program method with the primary key. Does not add the care program method to the database.
	 *
	 * @param careProgramMethodId the primary key for the new care program method
	 * @return the new care program method
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
		createCareProgramMethod(long careProgramMethodId) {

		return _careProgramMethodLocalService.createCareProgramMethod(
			careProgramMethodId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramMethodLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the care program method from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramMethod the care program method
	 * @return the care program method that was removed
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
		deleteCareProgramMethod(
			se.livsviktig.careprogram.model.CareProgramMethod
				careProgramMethod) {

		return _careProgramMethodLocalService.deleteCareProgramMethod(
			careProgramMethod);
	}

	/**
	 * Deletes the care program method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method that was removed
	 * @throws PortalException if a care program method with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
			deleteCareProgramMethod(long careProgramMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramMethodLocalService.deleteCareProgramMethod(
			careProgramMethodId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramMethodLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _careProgramMethodLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _careProgramMethodLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _careProgramMethodLocalService.dynamicQuery();
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

		return _careProgramMethodLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramMethodModelImpl</code>.
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

		return _careProgramMethodLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramMethodModelImpl</code>.
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

		return _careProgramMethodLocalService.dynamicQuery(
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

		return _careProgramMethodLocalService.dynamicQueryCount(dynamicQuery);
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

		return _careProgramMethodLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
		fetchCareProgramMethod(long careProgramMethodId) {

		return _careProgramMethodLocalService.fetchCareProgramMethod(
			careProgramMethodId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _careProgramMethodLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the care program method with the primary key.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method
	 * @throws PortalException if a care program method with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
			getCareProgramMethod(long careProgramMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramMethodLocalService.getCareProgramMethod(
			careProgramMethodId);
	}

	/**
	 * Returns a range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @return the range of care program methods
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgramMethod>
		getCareProgramMethods(int start, int end) {

		return _careProgramMethodLocalService.getCareProgramMethods(start, end);
	}

	/**
	 * Returns the number of care program methods.
	 *
	 * @return the number of care program methods
	 */
	@Override
	public int getCareProgramMethodsCount() {
		return _careProgramMethodLocalService.getCareProgramMethodsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _careProgramMethodLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramMethodLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramMethodLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the care program method in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramMethod the care program method
	 * @return the care program method that was updated
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramMethod
		updateCareProgramMethod(
			se.livsviktig.careprogram.model.CareProgramMethod
				careProgramMethod) {

		return _careProgramMethodLocalService.updateCareProgramMethod(
			careProgramMethod);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _careProgramMethodLocalService.getBasePersistence();
	}

	@Override
	public CareProgramMethodLocalService getWrappedService() {
		return _careProgramMethodLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramMethodLocalService careProgramMethodLocalService) {

		_careProgramMethodLocalService = careProgramMethodLocalService;
	}

	private CareProgramMethodLocalService _careProgramMethodLocalService;

}