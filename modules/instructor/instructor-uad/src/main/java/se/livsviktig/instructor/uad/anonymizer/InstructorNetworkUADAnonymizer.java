/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

/**
 * Anonymises the coordinator who created a network: their id and name become the anonymous user's, and the
 * network stays with its name, members and meetings. It is the members' network, not its creator's; running it
 * is the coordinators' role in the memberships, which the membership anonymiser handles.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class InstructorNetworkUADAnonymizer
	extends BaseInstructorNetworkUADAnonymizer {
}