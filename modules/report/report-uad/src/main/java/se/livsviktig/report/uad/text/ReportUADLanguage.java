/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.text;

import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * This bundle's own texts (content/Language*.properties) in a locale. The personal data screens belong to the
 * portal's user-associated-data app, whose resource bundle does not hold Livsviktig's words, so each display
 * reads them from here.
 *
 * @author Livsviktig
 */
public final class ReportUADLanguage {

	public static String get(Locale locale, String key) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, ReportUADLanguage.class);

		if (resourceBundle.containsKey(key)) {
			return resourceBundle.getString(key);
		}

		return key;
	}

	private ReportUADLanguage() {
	}

}
