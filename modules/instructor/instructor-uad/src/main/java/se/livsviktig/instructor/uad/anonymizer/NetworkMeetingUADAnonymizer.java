/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

/**
 * Anonymises the coordinator who scheduled a meeting: their id and name become the anonymous user's, and the
 * meeting stays with its agenda, notes and invitations, which are the network's history. Names a coordinator
 * typed into the agenda or the notes are rich text no anonymiser can find; the erasure screen cannot show them
 * either (see the README's personal data section).
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class NetworkMeetingUADAnonymizer
	extends BaseNetworkMeetingUADAnonymizer {
}