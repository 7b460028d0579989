/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.constants;

/**
 * @author Livsviktig
 * @generated
 */
public class ReportUADConstants {

	public static final String[] USER_ID_FIELD_NAMES_REPORT_EXPORT_ROW = {
		"userId"
	};

	public static final String[] USER_ID_FIELD_NAMES_REPORT_FREEZE = {
		"userId", "unfrozenByUserId"
	};

}