/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.uad.constants;

/**
 * @author Livsviktig
 * @generated
 */
public class CareProgramUADConstants {

	public static final String[] USER_ID_FIELD_NAMES_CARE_PROGRAM = {
		"userId", "ownerUserId", "lastReviewUserId"
	};

	public static final String[] USER_ID_FIELD_NAMES_CONTENT_REVIEW = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_LOCAL_ROUTINE = {
		"userId", "ownerUserId", "lastReviewUserId"
	};

}