/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.platform.uad;

import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A personal data bundle's own texts (its content/Language*.properties) in a locale. The personal data screens
 * belong to the portal's user-associated-data app, whose resource bundle does not hold Livsviktig's words, so each
 * display reads them from its own bundle: the caller names a class of that bundle, whose class loader finds them.
 *
 * @author Livsviktig
 */
public final class UADLanguage {

	/**
	 * @param bundleClass a class of the bundle whose Language files hold the text
	 * @return the text of the key in the locale, or the key itself when the bundle has no such text
	 */
	public static String get(Class<?> bundleClass, Locale locale, String key) {
		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, bundleClass);

		if (resourceBundle.containsKey(key)) {
			return resourceBundle.getString(key);
		}

		return key;
	}

	private UADLanguage() {
	}

}
