/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.zip.ZipWriterFactory;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.io.File;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.uad.text.NetworkWords;
import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.platform.uad.RowsOfPerson;

/**
 * Exports the network memberships a person is part of. Their own: the network by name, their role and since when.
 * One they added as a coordinator is someone else's: the export says which network and when, and not who the
 * member is or what role they hold.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class NetworkMemberUADExporter extends BaseNetworkMemberUADExporter {

	@Override
	public File exportAll(long userId, ZipWriterFactory zipWriterFactory)
		throws PortalException {

		return RowsOfPerson.export(
			getActionableDynamicQuery(userId),
			getZipWriter(
				userId, NetworkMember.class.getName(), zipWriterFactory),
			(NetworkMember networkMember) -> formatXML(
				toXmlString(networkMember, userId)));
	}

	/**
	 * A single row exported without knowing who asks is exported for its member.
	 */
	@Override
	protected String toXmlString(NetworkMember networkMember) {
		return toXmlString(networkMember, networkMember.getMemberUserId());
	}

	protected String toXmlString(NetworkMember networkMember, long userId) {
		ExportDocument exportDocument = new ExportDocument(
			NetworkMember.class.getName());

		exportDocument.column(
			"networkMemberId",
			String.valueOf(networkMember.getNetworkMemberId()));
		exportDocument.column("network", _networkName(networkMember));

		if (networkMember.getMemberUserId() == userId) {
			exportDocument.column(
				"role", NetworkWords.role(networkMember.getRole()));
			exportDocument.column(
				"memberSince", networkMember.getCreateDate());
		}
		else if (networkMember.getUserId() == userId) {
			exportDocument.column("addedDate", networkMember.getCreateDate());
		}

		return exportDocument.toXmlString();
	}

	/**
	 * The network's name, or its id when the network is gone, so the row still says which one it was.
	 */
	private String _networkName(NetworkMember networkMember) {
		InstructorNetwork instructorNetwork =
			_instructorNetworkLocalService.fetchInstructorNetwork(
				networkMember.getInstructorNetworkId());

		if (instructorNetwork == null) {
			return String.valueOf(networkMember.getInstructorNetworkId());
		}

		return instructorNetwork.getName();
	}

	@Reference
	private InstructorNetworkLocalService _instructorNetworkLocalService;

}
