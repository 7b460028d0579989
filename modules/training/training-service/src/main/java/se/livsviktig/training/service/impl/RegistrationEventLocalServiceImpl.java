/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.base.RegistrationEventLocalServiceBaseImpl;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.RegistrationEvent",
	service = AopService.class
)
public class RegistrationEventLocalServiceImpl
	extends RegistrationEventLocalServiceBaseImpl {

	/**
	 * The history of one registration, oldest first, e.g. for erasing what was written in it when its
	 * participant is anonymised.
	 */
	@Override
	public List<RegistrationEvent> getRegistrationEvents(long registrationId) {
		return registrationEventPersistence.findByRegistrationId(
			registrationId);
	}

}