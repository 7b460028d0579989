/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.exporter;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Exports the history of a person's registrations, whoever wrote it (a coordinator's reason, the subject of a
 * message), and the events the person wrote themselves.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class RegistrationEventUADExporter
	extends BaseRegistrationEventUADExporter {

	@Override
	protected ActionableDynamicQuery getActionableDynamicQuery(long userId) {
		return OwnRegistrationRows.select(
			doGetActionableDynamicQuery(), _registrationLocalService, userId);
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
