/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.service.base.ReportFrozenFigureLocalServiceBaseImpl;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.report.model.ReportFrozenFigure",
	service = AopService.class
)
public class ReportFrozenFigureLocalServiceImpl
	extends ReportFrozenFigureLocalServiceBaseImpl {
}