/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.user.associated.data.exporter.DynamicQueryUADExporter;
import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.uad.constants.MeetingNoticeUADFields;
import se.livsviktig.platform.uad.ExportDocument;

/**
 * Exports the meeting notices sent to a person: which kind, about which meeting, which change of it, and when. It
 * is a record about them (that they were invited or told of a change, and when), so it belongs in what they are
 * given; the notice's text itself is in their e-mail and in the portal's notifications, which the portal exports.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class MeetingNoticeUADExporter
	extends DynamicQueryUADExporter<MeetingNotice> {

	@Override
	public Class<MeetingNotice> getTypeClass() {
		return MeetingNotice.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _meetingNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return MeetingNoticeUADFields.USER_ID_FIELD_NAMES;
	}

	@Override
	protected String toXmlString(MeetingNotice meetingNotice) {
		ExportDocument exportDocument = new ExportDocument(
			MeetingNotice.class.getName());

		exportDocument.column(
			"meetingNoticeId",
			String.valueOf(meetingNotice.getMeetingNoticeId()));
		exportDocument.column("noticeKind", meetingNotice.getNoticeKind());
		exportDocument.column(
			"networkMeetingId",
			String.valueOf(meetingNotice.getNetworkMeetingId()));
		exportDocument.column(
			"sequence", String.valueOf(meetingNotice.getSequence()));
		exportDocument.column("sentDate", meetingNotice.getCreateDate());

		return exportDocument.toXmlString();
	}

	@Reference
	private MeetingNoticeLocalService _meetingNoticeLocalService;

}
