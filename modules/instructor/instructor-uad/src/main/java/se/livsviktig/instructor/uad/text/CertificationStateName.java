/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.text;

import se.livsviktig.instructor.constants.CertificationConstants;

/**
 * A certification's state as a word a person reads in an export, and as the language key the erasure screen
 * shows it with, so neither shows the code's numbers.
 *
 * @author Livsviktig
 */
public final class CertificationStateName {

	public static String of(int state) {
		if (state == CertificationConstants.STATE_ACTIVE) {
			return "active";
		}

		if (state == CertificationConstants.STATE_LAPSED) {
			return "lapsed";
		}

		if (state == CertificationConstants.STATE_REVOKED) {
			return "revoked";
		}

		return "unknown";
	}

	public static String languageKey(int state) {
		return "certification-state-" + of(state);
	}

	private CertificationStateName() {
	}

}
