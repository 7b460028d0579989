/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * Provides the local service interface for MeetingParticipant. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see MeetingParticipantLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface MeetingParticipantLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.MeetingParticipantLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the meeting participant local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link MeetingParticipantLocalServiceUtil} if injection and service tracking are not available.
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
	@Indexable(type = IndexableType.REINDEX)
	public MeetingParticipant addMeetingParticipant(
		MeetingParticipant meetingParticipant);

	/**
	 * The member's own answer. Only a member of the meeting's network with an invitation may answer, and only
	 * while the meeting is still to come and not cancelled.
	 */
	public MeetingParticipant answerNetworkMeeting(
			long participantUserId, long networkMeetingId, int answer)
		throws PortalException;

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	@Transactional(enabled = false)
	public MeetingParticipant createMeetingParticipant(
		long meetingParticipantId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public MeetingParticipant deleteMeetingParticipant(
			long meetingParticipantId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public MeetingParticipant deleteMeetingParticipant(
		MeetingParticipant meetingParticipant);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingParticipant fetchMeetingParticipant(
		long meetingParticipantId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingParticipant fetchMeetingParticipant(
		long networkMeetingId, long participantUserId);

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingParticipant fetchMeetingParticipantByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the meeting participant with the primary key.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws PortalException if a meeting participant with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingParticipant getMeetingParticipant(long meetingParticipantId)
		throws PortalException;

	/**
	 * Returns the meeting participant matching the UUID and group.
	 *
	 * @param uuid the meeting participant's UUID
	 * @param groupId the primary key of the group
	 * @return the matching meeting participant
	 * @throws PortalException if a matching meeting participant could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingParticipant getMeetingParticipantByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MeetingParticipant> getMeetingParticipants(int start, int end);

	/**
	 * @return the invitations of the meeting: who is invited, their answers and attendance (for the notices of a
	 change or a cancellation, and the coordinator's attendance list)
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MeetingParticipant> getMeetingParticipants(
		long networkMeetingId);

	/**
	 * Returns all the meeting participants matching the UUID and company.
	 *
	 * @param uuid the UUID of the meeting participants
	 * @param companyId the primary key of the company
	 * @return the matching meeting participants, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MeetingParticipant> getMeetingParticipantsByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MeetingParticipant> getMeetingParticipantsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator);

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getMeetingParticipantsCount();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @return the person's invitations to meetings of every network they are in
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MeetingParticipant> getParticipantMeetingParticipants(
		long participantUserId);

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Marks whether an invited member attended, once the meeting has started (cancelled meetings have no
	 * attendance). Marking again corrects the mark.
	 *
	 * @param userId the coordinator who marks
	 */
	public MeetingParticipant markNetworkMeetingAttendance(
			long userId, long networkMeetingId, long participantUserId,
			int attendance)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public MeetingParticipant updateMeetingParticipant(
		MeetingParticipant meetingParticipant);

}