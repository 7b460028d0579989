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

import se.livsviktig.instructor.model.MeetingNotice;

/**
 * Provides the local service utility for MeetingNotice. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.MeetingNoticeLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see MeetingNoticeLocalService
 * @generated
 */
public class MeetingNoticeLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.MeetingNoticeLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static MeetingNotice addMeetingNotice(MeetingNotice meetingNotice) {
		return getService().addMeetingNotice(meetingNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see MeetingNoticeClaimInsert).
	 *
	 * @param userId the recipient
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	public static boolean claimMeetingNotice(
		long companyId, long groupId, long userId, long networkMeetingId,
		int sequence, String noticeKind) {

		return getService().claimMeetingNotice(
			companyId, groupId, userId, networkMeetingId, sequence, noticeKind);
	}

	/**
	 * Creates a new meeting notice with the primary key. Does not add the meeting notice to the database.
	 *
	 * @param meetingNoticeId the primary key for the new meeting notice
	 * @return the new meeting notice
	 */
	public static MeetingNotice createMeetingNotice(long meetingNoticeId) {
		return getService().createMeetingNotice(meetingNoticeId);
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
	public static MeetingNotice deleteMeetingNotice(long meetingNoticeId)
		throws PortalException {

		return getService().deleteMeetingNotice(meetingNoticeId);
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
	public static MeetingNotice deleteMeetingNotice(
		MeetingNotice meetingNotice) {

		return getService().deleteMeetingNotice(meetingNotice);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl</code>.
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

	public static MeetingNotice fetchMeetingNotice(long meetingNoticeId) {
		return getService().fetchMeetingNotice(meetingNoticeId);
	}

	/**
	 * @param userId the recipient
	 */
	public static MeetingNotice fetchMeetingNotice(
		long networkMeetingId, long userId, int sequence) {

		return getService().fetchMeetingNotice(
			networkMeetingId, userId, sequence);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the meeting notice with the primary key.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws PortalException if a meeting notice with the primary key could not be found
	 */
	public static MeetingNotice getMeetingNotice(long meetingNoticeId)
		throws PortalException {

		return getService().getMeetingNotice(meetingNoticeId);
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
	public static List<MeetingNotice> getMeetingNotices(int start, int end) {
		return getService().getMeetingNotices(start, end);
	}

	/**
	 * Returns the number of meeting notices.
	 *
	 * @return the number of meeting notices
	 */
	public static int getMeetingNoticesCount() {
		return getService().getMeetingNoticesCount();
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
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
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
	public static MeetingNotice updateMeetingNotice(
		MeetingNotice meetingNotice) {

		return getService().updateMeetingNotice(meetingNotice);
	}

	public static MeetingNoticeLocalService getService() {
		return _service;
	}

	public static void setService(MeetingNoticeLocalService service) {
		_service = service;
	}

	private static volatile MeetingNoticeLocalService _service;

}