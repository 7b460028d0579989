/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link MeetingParticipantLocalService}.
 *
 * @author Livsviktig
 * @see MeetingParticipantLocalService
 * @generated
 */
public class MeetingParticipantLocalServiceWrapper
	implements MeetingParticipantLocalService,
			   ServiceWrapper<MeetingParticipantLocalService> {

	public MeetingParticipantLocalServiceWrapper() {
		this(null);
	}

	public MeetingParticipantLocalServiceWrapper(
		MeetingParticipantLocalService meetingParticipantLocalService) {

		_meetingParticipantLocalService = meetingParticipantLocalService;
	}

	/**
	 * Adds the meeting participant to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingParticipantLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingParticipant the meeting participant
	 * @return the meeting participant that was added
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		addMeetingParticipant(
			se.livsviktig.instructor.model.MeetingParticipant
				meetingParticipant) {

		return _meetingParticipantLocalService.addMeetingParticipant(
			meetingParticipant);
	}

	/**
	 * The member's own answer. Only a member of the meeting's network with an invitation may answer, and only
	 * while the meeting is still to come and not cancelled.
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			answerNetworkMeeting(
				long participantUserId, long networkMeetingId, int answer)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.answerNetworkMeeting(
			participantUserId, networkMeetingId, answer);
	}

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		createMeetingParticipant(long meetingParticipantId) {

		return _meetingParticipantLocalService.createMeetingParticipant(
			meetingParticipantId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Deletes the meeting participant with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingParticipantLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant that was removed
	 * @throws PortalException if a meeting participant with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			deleteMeetingParticipant(long meetingParticipantId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.deleteMeetingParticipant(
			meetingParticipantId);
	}

	/**
	 * Deletes the meeting participant from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingParticipantLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingParticipant the meeting participant
	 * @return the meeting participant that was removed
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		deleteMeetingParticipant(
			se.livsviktig.instructor.model.MeetingParticipant
				meetingParticipant) {

		return _meetingParticipantLocalService.deleteMeetingParticipant(
			meetingParticipant);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _meetingParticipantLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _meetingParticipantLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _meetingParticipantLocalService.dynamicQuery();
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

		return _meetingParticipantLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingParticipantModelImpl</code>.
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

		return _meetingParticipantLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingParticipantModelImpl</code>.
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

		return _meetingParticipantLocalService.dynamicQuery(
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

		return _meetingParticipantLocalService.dynamicQueryCount(dynamicQuery);
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

		return _meetingParticipantLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		fetchMeetingParticipant(long meetingParticipantId) {

		return _meetingParticipantLocalService.fetchMeetingParticipant(
			meetingParticipantId);
	}

	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		fetchMeetingParticipant(long networkMeetingId, long participantUserId) {

		return _meetingParticipantLocalService.fetchMeetingParticipant(
			networkMeetingId, participantUserId);
	}

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		fetchMeetingParticipantByUuidAndGroupId(String uuid, long groupId) {

		return _meetingParticipantLocalService.
			fetchMeetingParticipantByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _meetingParticipantLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _meetingParticipantLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _meetingParticipantLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the meeting participant with the primary key.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws PortalException if a meeting participant with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			getMeetingParticipant(long meetingParticipantId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.getMeetingParticipant(
			meetingParticipantId);
	}

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant
	 * @throws PortalException if a matching meeting participant could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			getMeetingParticipantByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.
			getMeetingParticipantByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of meeting participants
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
		getMeetingParticipants(int start, int end) {

		return _meetingParticipantLocalService.getMeetingParticipants(
			start, end);
	}

	/**
	 * @return the invitations of the meeting: who is invited, their answers and attendance (for the notices of a
	 change or a cancellation, and the coordinator's attendance list)
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
		getMeetingParticipants(long networkMeetingId) {

		return _meetingParticipantLocalService.getMeetingParticipants(
			networkMeetingId);
	}

	/**
	 * Returns all the meeting participants matching the UUID and company.
	 *
	 * @param uuid the UUID of the meeting participants
	 * @param companyId the primary key of the company
	 * @return the matching meeting participants, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
		getMeetingParticipantsByUuidAndCompanyId(String uuid, long companyId) {

		return _meetingParticipantLocalService.
			getMeetingParticipantsByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of meeting participants matching the UUID and company.
	 *
	 * @param uuid the UUID of the meeting participants
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching meeting participants, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
		getMeetingParticipantsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.instructor.model.MeetingParticipant>
					orderByComparator) {

		return _meetingParticipantLocalService.
			getMeetingParticipantsByUuidAndCompanyId(
				uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
	 */
	@Override
	public int getMeetingParticipantsCount() {
		return _meetingParticipantLocalService.getMeetingParticipantsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _meetingParticipantLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @return the person's invitations to meetings of every network they are in
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.MeetingParticipant>
		getParticipantMeetingParticipants(long participantUserId) {

		return _meetingParticipantLocalService.
			getParticipantMeetingParticipants(participantUserId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Marks whether an invited member attended, once the meeting has started (cancelled meetings have no
	 * attendance). Marking again corrects the mark.
	 *
	 * @param userId the coordinator who marks
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
			markNetworkMeetingAttendance(
				long userId, long networkMeetingId, long participantUserId,
				int attendance)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _meetingParticipantLocalService.markNetworkMeetingAttendance(
			userId, networkMeetingId, participantUserId, attendance);
	}

	/**
	 * Updates the meeting participant in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect MeetingParticipantLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param meetingParticipant the meeting participant
	 * @return the meeting participant that was updated
	 */
	@Override
	public se.livsviktig.instructor.model.MeetingParticipant
		updateMeetingParticipant(
			se.livsviktig.instructor.model.MeetingParticipant
				meetingParticipant) {

		return _meetingParticipantLocalService.updateMeetingParticipant(
			meetingParticipant);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _meetingParticipantLocalService.getBasePersistence();
	}

	@Override
	public MeetingParticipantLocalService getWrappedService() {
		return _meetingParticipantLocalService;
	}

	@Override
	public void setWrappedService(
		MeetingParticipantLocalService meetingParticipantLocalService) {

		_meetingParticipantLocalService = meetingParticipantLocalService;
	}

	private MeetingParticipantLocalService _meetingParticipantLocalService;

}