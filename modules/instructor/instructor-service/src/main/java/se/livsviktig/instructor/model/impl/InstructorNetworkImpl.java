/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model.impl;

import se.livsviktig.instructor.internal.network.TrainingMethodIds;

/**
 * @author Livsviktig
 */
public class InstructorNetworkImpl extends InstructorNetworkBaseImpl {

	/**
	 * @return the training methods the network covers
	 */
	@Override
	public long[] getTrainingMethodIdsArray() {
		return TrainingMethodIds.toArray(getTrainingMethodIds());
	}

}
