/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MeetingNoticeLocalService}.
 *
 * @author Livsviktig
 * @see MeetingNoticeLocalService
 * @generated
 */
public class MeetingNoticeLocalServiceWrapper
	implements MeetingNoticeLocalService,
			   ServiceWrapper<MeetingNoticeLocalService> {

	public MeetingNoticeLocalServiceWrapper() {
		this(null);
	}

	public MeetingNoticeLocalServiceWrapper(
		MeetingNoticeLocalService meetingNoticeLocalService) {

		_meetingNoticeLocalService = meetingNoticeLocalService;
	}

	/**
	 * Adds the meeting notice to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingNotice the meeting notice
	 * @return the meeting notice that was added
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice addMeetingNotice(
		se.livsviktig.instructor.model.MeetingNotice meetingNotice) {

		return _meetingNoticeLocalService.addMeetingNotice(meetingNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see MeetingNoticeClaimInsert).
	 *
	 * @param userId the recipient
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	public boolean claimMeetingNotice(
		long companyId, long groupId, long userId, long networkMeetingId,
		int sequence, String noticeKind) {

		return _meetingNoticeLocalService.claimMeetingNotice(
			companyId, groupId, userId, networkMeetingId, sequence, noticeKind);
	}

	/**
	 * Creates a new meeting notice with the primary key. Does not add the meeting notice to the database.
	 *
	 * @param meetingNoticeId the primary key for the new meeting notice
	 * @return the new meeting notice
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice createMeetingNotice(
		long meetingNoticeId) {

		return _meetingNoticeLocalService.createMeetingNotice(meetingNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingNoticeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the meeting notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice that was removed
	 * @throws PortalException if a meeting notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice deleteMeetingNotice(
			long meetingNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingNoticeLocalService.deleteMeetingNotice(meetingNoticeId);
	}

	/**
	 * Deletes the meeting notice from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingNotice the meeting notice
	 * @return the meeting notice that was removed
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice deleteMeetingNotice(
		se.livsviktig.instructor.model.MeetingNotice meetingNotice) {

		return _meetingNoticeLocalService.deleteMeetingNotice(meetingNotice);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingNoticeLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _meetingNoticeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _meetingNoticeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _meetingNoticeLocalService.dynamicQuery();
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

		return _meetingNoticeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl</code>.
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

		return _meetingNoticeLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl</code>.
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

		return _meetingNoticeLocalService.dynamicQuery(
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

		return _meetingNoticeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _meetingNoticeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.MeetingNotice fetchMeetingNotice(
		long meetingNoticeId) {

		return _meetingNoticeLocalService.fetchMeetingNotice(meetingNoticeId);
	}

	/**
	 * @param userId the recipient
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice fetchMeetingNotice(
		long networkMeetingId, long userId, int sequence) {

		return _meetingNoticeLocalService.fetchMeetingNotice(
			networkMeetingId, userId, sequence);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _meetingNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _meetingNoticeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the meeting notice with the primary key.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws PortalException if a meeting notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice getMeetingNotice(
			long meetingNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingNoticeLocalService.getMeetingNotice(meetingNoticeId);
	}

	/**
	 * Returns a range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @return the range of meeting notices
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingNotice>
		getMeetingNotices(int start, int end) {

		return _meetingNoticeLocalService.getMeetingNotices(start, end);
	}

	/**
	 * Returns the number of meeting notices.
	 *
	 * @return the number of meeting notices
	 */
	@Override
	public int getMeetingNoticesCount() {
		return _meetingNoticeLocalService.getMeetingNoticesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _meetingNoticeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingNoticeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the meeting notice in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingNotice the meeting notice
	 * @return the meeting notice that was updated
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingNotice updateMeetingNotice(
		se.livsviktig.instructor.model.MeetingNotice meetingNotice) {

		return _meetingNoticeLocalService.updateMeetingNotice(meetingNotice);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _meetingNoticeLocalService.getBasePersistence();
	}

	@Override
	public MeetingNoticeLocalService getWrappedService() {
		return _meetingNoticeLocalService;
	}

	@Override
	public void setWrappedService(
		MeetingNoticeLocalService meetingNoticeLocalService) {

		_meetingNoticeLocalService = meetingNoticeLocalService;
	}

	private MeetingNoticeLocalService _meetingNoticeLocalService;

}