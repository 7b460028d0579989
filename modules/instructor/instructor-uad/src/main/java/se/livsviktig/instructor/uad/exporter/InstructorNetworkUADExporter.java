/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.platform.uad.ExportDocument;

/**
 * Exports the networks a person created: which network and when. The generated export wrote only the person's
 * own name, which says nothing about what they did.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class InstructorNetworkUADExporter
	extends BaseInstructorNetworkUADExporter {

	@Override
	protected String toXmlString(InstructorNetwork instructorNetwork) {
		return new ExportDocument(
			InstructorNetwork.class.getName()
		).column(
			"instructorNetworkId",
			String.valueOf(instructorNetwork.getInstructorNetworkId())
		).column(
			"network", instructorNetwork.getName()
		).column(
			"createdDate", instructorNetwork.getCreateDate()
		).toXmlString();
	}

}
