/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CareProgramContactLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramContactLocalService
 * @generated
 */
public class CareProgramContactLocalServiceWrapper
	implements CareProgramContactLocalService,
			   ServiceWrapper<CareProgramContactLocalService> {

	public CareProgramContactLocalServiceWrapper() {
		this(null);
	}

	public CareProgramContactLocalServiceWrapper(
		CareProgramContactLocalService careProgramContactLocalService) {

		_careProgramContactLocalService = careProgramContactLocalService;
	}

	/**
	 * Adds the care program contact to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramContactLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramContact the care program contact
	 * @return the care program contact that was added
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
		addCareProgramContact(
			se.livsviktig.careprogram.model.CareProgramContact
				careProgramContact) {

		return _careProgramContactLocalService.addCareProgramContact(
			careProgramContact);
	}

	/**
	 * Creates a new care program contact with the primary key. Does not add the care program contact to the database.
	 *
	 * @param careProgramContactId the primary key for the new care program contact
	 * @return the new care program contact
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
		createCareProgramContact(long careProgramContactId) {

		return _careProgramContactLocalService.createCareProgramContact(
			careProgramContactId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramContactLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the care program contact from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramContactLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramContact the care program contact
	 * @return the care program contact that was removed
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
		deleteCareProgramContact(
			se.livsviktig.careprogram.model.CareProgramContact
				careProgramContact) {

		return _careProgramContactLocalService.deleteCareProgramContact(
			careProgramContact);
	}

	/**
	 * Deletes the care program contact with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramContactLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact that was removed
	 * @throws PortalException if a care program contact with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
			deleteCareProgramContact(long careProgramContactId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramContactLocalService.deleteCareProgramContact(
			careProgramContactId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramContactLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _careProgramContactLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _careProgramContactLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _careProgramContactLocalService.dynamicQuery();
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

		return _careProgramContactLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramContactModelImpl</code>.
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

		return _careProgramContactLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramContactModelImpl</code>.
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

		return _careProgramContactLocalService.dynamicQuery(
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

		return _careProgramContactLocalService.dynamicQueryCount(dynamicQuery);
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

		return _careProgramContactLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
		fetchCareProgramContact(long careProgramContactId) {

		return _careProgramContactLocalService.fetchCareProgramContact(
			careProgramContactId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _careProgramContactLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the care program contact with the primary key.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact
	 * @throws PortalException if a care program contact with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
			getCareProgramContact(long careProgramContactId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramContactLocalService.getCareProgramContact(
			careProgramContactId);
	}

	/**
	 * Returns a range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @return the range of care program contacts
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgramContact>
		getCareProgramContacts(int start, int end) {

		return _careProgramContactLocalService.getCareProgramContacts(
			start, end);
	}

	/**
	 * Returns the number of care program contacts.
	 *
	 * @return the number of care program contacts
	 */
	@Override
	public int getCareProgramContactsCount() {
		return _careProgramContactLocalService.getCareProgramContactsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _careProgramContactLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramContactLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramContactLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the care program contact in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramContactLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramContact the care program contact
	 * @return the care program contact that was updated
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgramContact
		updateCareProgramContact(
			se.livsviktig.careprogram.model.CareProgramContact
				careProgramContact) {

		return _careProgramContactLocalService.updateCareProgramContact(
			careProgramContact);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _careProgramContactLocalService.getBasePersistence();
	}

	@Override
	public CareProgramContactLocalService getWrappedService() {
		return _careProgramContactLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramContactLocalService careProgramContactLocalService) {

		_careProgramContactLocalService = careProgramContactLocalService;
	}

	private CareProgramContactLocalService _careProgramContactLocalService;

}