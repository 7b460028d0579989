/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.platform.uad.ExportDocument;

/**
 * Exports the meetings a person scheduled: which meeting, when it starts, and when they scheduled it. Not the
 * agenda or the notes: they are the network's text, not about the person who typed them.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class NetworkMeetingUADExporter extends BaseNetworkMeetingUADExporter {

	@Override
	protected String toXmlString(NetworkMeeting networkMeeting) {
		return new ExportDocument(
			NetworkMeeting.class.getName()
		).column(
			"networkMeetingId",
			String.valueOf(networkMeeting.getNetworkMeetingId())
		).column(
			"meeting", networkMeeting.getTitle()
		).column(
			"meetingStart", networkMeeting.getStartDate()
		).column(
			"scheduledDate", networkMeeting.getCreateDate()
		).toXmlString();
	}

}
