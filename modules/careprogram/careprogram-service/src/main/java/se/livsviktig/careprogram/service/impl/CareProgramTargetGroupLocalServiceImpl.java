/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.impl;

import com.liferay.portal.aop.AopService;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.service.base.CareProgramTargetGroupLocalServiceBaseImpl;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.CareProgramTargetGroup",
	service = AopService.class
)
public class CareProgramTargetGroupLocalServiceImpl
	extends CareProgramTargetGroupLocalServiceBaseImpl {
}