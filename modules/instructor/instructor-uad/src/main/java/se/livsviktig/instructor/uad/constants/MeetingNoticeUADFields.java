/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.constants;

/**
 * The columns of a meeting notice row that name a person: only its recipient. Kept apart from the generated
 * {@link InstructorUADConstants}, which Service Builder rewrites from service.xml, where meeting notices have no
 * UAD columns.
 *
 * @author Livsviktig
 */
public final class MeetingNoticeUADFields {

	public static final String[] USER_ID_FIELD_NAMES = {"userId"};

	private MeetingNoticeUADFields() {
	}

}
