/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.uad.constants;

/**
 * @author Livsviktig
 * @generated
 */
public class SurveyUADConstants {

	public static final String[] USER_ID_FIELD_NAMES_SURVEY_INVITATION = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_SURVEY_RESPONSE = {
		"userId"
	};

}