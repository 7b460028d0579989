/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.constants;

/**
 * @author Livsviktig
 * @generated
 */
public class TrainingUADConstants {

	public static final String[] USER_ID_FIELD_NAMES_ATTENDANCE = {"userId"};

	public static final String[] USER_ID_FIELD_NAMES_COURSE = {
		"userId", "statusByUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_COURSE_INTEREST = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_COURSE_SESSION = {
		"userId", "coordinatorUserId", "statusByUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_REGISTRATION = {
		"userId", "registeredByUserId", "reviewerUserId", "cancelledByUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_REGISTRATION_EVENT = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_SESSION_INSTRUCTOR = {
		"userId", "instructorUserId"
	};

}