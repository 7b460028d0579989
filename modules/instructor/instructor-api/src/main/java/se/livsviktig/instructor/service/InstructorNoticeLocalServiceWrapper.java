/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link InstructorNoticeLocalService}.
 *
 * @author Livsviktig
 * @see InstructorNoticeLocalService
 * @generated
 */
public class InstructorNoticeLocalServiceWrapper
	implements InstructorNoticeLocalService,
			   ServiceWrapper<InstructorNoticeLocalService> {

	public InstructorNoticeLocalServiceWrapper() {
		this(null);
	}

	public InstructorNoticeLocalServiceWrapper(
		InstructorNoticeLocalService instructorNoticeLocalService) {

		_instructorNoticeLocalService = instructorNoticeLocalService;
	}

	/**
	 * Adds the instructor notice to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNotice the instructor notice
	 * @return the instructor notice that was added
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice addInstructorNotice(
		se.livsviktig.instructor.model.InstructorNotice instructorNotice) {

		return _instructorNoticeLocalService.addInstructorNotice(
			instructorNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see InstructorNoticeClaimInsert).
	 *
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	public boolean claimInstructorNotice(
		long companyId, long groupId, long userId, long certificationId,
		String noticeKind) {

		return _instructorNoticeLocalService.claimInstructorNotice(
			companyId, groupId, userId, certificationId, noticeKind);
	}

	/**
	 * Creates a new instructor notice with the primary key. Does not add the instructor notice to the database.
	 *
	 * @param instructorNoticeId the primary key for the new instructor notice
	 * @return the new instructor notice
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice
		createInstructorNotice(long instructorNoticeId) {

		return _instructorNoticeLocalService.createInstructorNotice(
			instructorNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNoticeLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the instructor notice from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNotice the instructor notice
	 * @return the instructor notice that was removed
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice
		deleteInstructorNotice(
			se.livsviktig.instructor.model.InstructorNotice instructorNotice) {

		return _instructorNoticeLocalService.deleteInstructorNotice(
			instructorNotice);
	}

	/**
	 * Deletes the instructor notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice that was removed
	 * @throws PortalException if a instructor notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice
			deleteInstructorNotice(long instructorNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNoticeLocalService.deleteInstructorNotice(
			instructorNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNoticeLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _instructorNoticeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _instructorNoticeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _instructorNoticeLocalService.dynamicQuery();
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

		return _instructorNoticeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNoticeModelImpl</code>.
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

		return _instructorNoticeLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNoticeModelImpl</code>.
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

		return _instructorNoticeLocalService.dynamicQuery(
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

		return _instructorNoticeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _instructorNoticeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNotice
		fetchInstructorNotice(long instructorNoticeId) {

		return _instructorNoticeLocalService.fetchInstructorNotice(
			instructorNoticeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _instructorNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _instructorNoticeLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the instructor notice with the primary key.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice
	 * @throws PortalException if a instructor notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice getInstructorNotice(
			long instructorNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNoticeLocalService.getInstructorNotice(
			instructorNoticeId);
	}

	/**
	 * Returns a range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of instructor notices
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNotice>
		getInstructorNotices(int start, int end) {

		return _instructorNoticeLocalService.getInstructorNotices(start, end);
	}

	/**
	 * Returns the number of instructor notices.
	 *
	 * @return the number of instructor notices
	 */
	@Override
	public int getInstructorNoticesCount() {
		return _instructorNoticeLocalService.getInstructorNoticesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _instructorNoticeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNoticeLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public boolean hasInstructorNotice(
		long certificationId, String noticeKind) {

		return _instructorNoticeLocalService.hasInstructorNotice(
			certificationId, noticeKind);
	}

	/**
	 * Updates the instructor notice in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNotice the instructor notice
	 * @return the instructor notice that was updated
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNotice
		updateInstructorNotice(
			se.livsviktig.instructor.model.InstructorNotice instructorNotice) {

		return _instructorNoticeLocalService.updateInstructorNotice(
			instructorNotice);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _instructorNoticeLocalService.getBasePersistence();
	}

	@Override
	public InstructorNoticeLocalService getWrappedService() {
		return _instructorNoticeLocalService;
	}

	@Override
	public void setWrappedService(
		InstructorNoticeLocalService instructorNoticeLocalService) {

		_instructorNoticeLocalService = instructorNoticeLocalService;
	}

	private InstructorNoticeLocalService _instructorNoticeLocalService;

}