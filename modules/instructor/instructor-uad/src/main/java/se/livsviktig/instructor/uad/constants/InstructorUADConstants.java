/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.constants;

/**
 * @author Livsviktig
 * @generated
 */
public class InstructorUADConstants {

	public static final String[] USER_ID_FIELD_NAMES_CERTIFICATION = {
		"userId", "holderUserId", "stateByUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_INSTRUCTOR_NETWORK = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_MEETING_PARTICIPANT = {
		"userId", "participantUserId", "attendanceByUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_NETWORK_MEETING = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_NETWORK_MEMBER = {
		"userId", "memberUserId"
	};

}