/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.user.associated.data.exporter.DynamicQueryUADExporter;
import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.uad.constants.InstructorNoticeUADFields;
import se.livsviktig.platform.uad.ExportDocument;

/**
 * Exports the notices sent to a person: which kind, about which certification, and when. It is a record about
 * them (that they were reminded, and when), so it belongs in what they are given; the notice's text itself is in
 * their e-mail and in the portal's notifications, which the portal exports.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class InstructorNoticeUADExporter
	extends DynamicQueryUADExporter<InstructorNotice> {

	@Override
	public Class<InstructorNotice> getTypeClass() {
		return InstructorNotice.class;
	}

	@Override
	protected ActionableDynamicQuery doGetActionableDynamicQuery() {
		return _instructorNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return InstructorNoticeUADFields.USER_ID_FIELD_NAMES;
	}

	@Override
	protected String toXmlString(InstructorNotice instructorNotice) {
		ExportDocument exportDocument = new ExportDocument(
			InstructorNotice.class.getName());

		exportDocument.column(
			"instructorNoticeId",
			String.valueOf(instructorNotice.getInstructorNoticeId()));
		exportDocument.column("noticeKind", instructorNotice.getNoticeKind());
		exportDocument.column(
			"certificationId",
			String.valueOf(instructorNotice.getCertificationId()));
		exportDocument.column("sentDate", instructorNotice.getCreateDate());

		return exportDocument.toXmlString();
	}

	@Reference
	private InstructorNoticeLocalService _instructorNoticeLocalService;

}
