/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * Provides the local service utility for MeetingParticipant. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.MeetingParticipantLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see MeetingParticipantLocalService
 * @generated
 */
public class MeetingParticipantLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.MeetingParticipantLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static MeetingParticipant addMeetingParticipant(
		MeetingParticipant meetingParticipant) {

		return getService().addMeetingParticipant(meetingParticipant);
	}

	/**
	 * The member's own answer. Only a member of the meeting's network with an invitation may answer, and only
	 * while the meeting is still to come and not cancelled.
	 */
	public static MeetingParticipant answerNetworkMeeting(
			long participantUserId, long networkMeetingId, int answer)
		throws PortalException {

		return getService().answerNetworkMeeting(
			participantUserId, networkMeetingId, answer);
	}

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	public static MeetingParticipant createMeetingParticipant(
		long meetingParticipantId) {

		return getService().createMeetingParticipant(meetingParticipantId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
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
	public static MeetingParticipant deleteMeetingParticipant(
			long meetingParticipantId)
		throws PortalException {

		return getService().deleteMeetingParticipant(meetingParticipantId);
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
	public static MeetingParticipant deleteMeetingParticipant(
		MeetingParticipant meetingParticipant) {

		return getService().deleteMeetingParticipant(meetingParticipant);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static MeetingParticipant fetchMeetingParticipant(
		long meetingParticipantId) {

		return getService().fetchMeetingParticipant(meetingParticipantId);
	}

	public static MeetingParticipant fetchMeetingParticipant(
		long networkMeetingId, long participantUserId) {

		return getService().fetchMeetingParticipant(
			networkMeetingId, participantUserId);
	}

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchMeetingParticipantByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchMeetingParticipantByUuidAndGroupId(
			uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the meeting participant with the primary key.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws PortalException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant getMeetingParticipant(
			long meetingParticipantId)
		throws PortalException {

		return getService().getMeetingParticipant(meetingParticipantId);
	}

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant
	 * @throws PortalException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant getMeetingParticipantByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getMeetingParticipantByUuidAndGroupId(
			uuid, groupId);
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
	public static List<MeetingParticipant> getMeetingParticipants(
		int start, int end) {

		return getService().getMeetingParticipants(start, end);
	}

	/**
	 * @return the invitations of the meeting: who is invited, their answers and attendance (for the notices of a
	 change or a cancellation, and the coordinator's attendance list)
	 */
	public static List<MeetingParticipant> getMeetingParticipants(
		long networkMeetingId) {

		return getService().getMeetingParticipants(networkMeetingId);
	}

	/**
	 * Returns all the meeting participants matching the UUID and company.
	 *
	 * @param uuid the UUID of the meeting participants
	 * @param companyId the primary key of the company
	 * @return the matching meeting participants, or an empty list if no matches were found
	 */
	public static List<MeetingParticipant>
		getMeetingParticipantsByUuidAndCompanyId(String uuid, long companyId) {

		return getService().getMeetingParticipantsByUuidAndCompanyId(
			uuid, companyId);
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
	public static List<MeetingParticipant>
		getMeetingParticipantsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			OrderByComparator<MeetingParticipant> orderByComparator) {

		return getService().getMeetingParticipantsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
	 */
	public static int getMeetingParticipantsCount() {
		return getService().getMeetingParticipantsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @return the person's invitations to meetings of every network they are in
	 */
	public static List<MeetingParticipant> getParticipantMeetingParticipants(
		long participantUserId) {

		return getService().getParticipantMeetingParticipants(
			participantUserId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Marks whether an invited member attended, once the meeting has started (cancelled meetings have no
	 * attendance). Marking again corrects the mark.
	 *
	 * @param userId the coordinator who marks
	 */
	public static MeetingParticipant markNetworkMeetingAttendance(
			long userId, long networkMeetingId, long participantUserId,
			int attendance)
		throws PortalException {

		return getService().markNetworkMeetingAttendance(
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
	public static MeetingParticipant updateMeetingParticipant(
		MeetingParticipant meetingParticipant) {

		return getService().updateMeetingParticipant(meetingParticipant);
	}

	public static MeetingParticipantLocalService getService() {
		return _service;
	}

	public static void setService(MeetingParticipantLocalService service) {
		_service = service;
	}

	private static volatile MeetingParticipantLocalService _service;

}