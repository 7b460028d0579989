/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model.impl;

import se.livsviktig.instructor.constants.NetworkConstants;

/**
 * @author Livsviktig
 */
public class NetworkMemberImpl extends NetworkMemberBaseImpl {

	@Override
	public boolean isCoordinator() {
		if (getRole() == NetworkConstants.ROLE_COORDINATOR) {
			return true;
		}

		return false;
	}

}
