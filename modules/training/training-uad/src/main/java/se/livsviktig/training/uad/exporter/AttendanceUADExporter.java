/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.exporter;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.user.associated.data.exporter.UADExporter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionDateLocalService;

/**
 * Exports a person's attendance: every session date of their own registrations, present or absent, whether
 * they checked in themselves or someone marked them, and when; and the attendance they marked for others. An
 * attendance row's userId is whoever recorded it (usually the instructor), so the generated query by userId
 * alone left the participant's own attendance out of their export.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class AttendanceUADExporter extends BaseAttendanceUADExporter {

	@Override
	protected ActionableDynamicQuery getActionableDynamicQuery(long userId) {
		return OwnRegistrationRows.select(
			doGetActionableDynamicQuery(), _registrationLocalService, userId);
	}

	@Override
	protected String toXmlString(Attendance attendance) {
		ExportDocument exportDocument = new ExportDocument(
			Attendance.class.getName());

		exportDocument.column(
			"registrationId", String.valueOf(attendance.getRegistrationId()));

		SessionDate sessionDate = _sessionDateLocalService.fetchSessionDate(
			attendance.getSessionDateId());

		if (sessionDate != null) {
			exportDocument.column(
				"sessionDateStartDate", sessionDate.getStartDate());
			exportDocument.column(
				"sessionDateEndDate", sessionDate.getEndDate());
		}

		exportDocument.column(
			"present", String.valueOf(attendance.isPresent()));
		exportDocument.column("source", _source(attendance.getSource()));
		exportDocument.column("userName", attendance.getUserName());
		exportDocument.column("modifiedDate", attendance.getModifiedDate());

		return exportDocument.toXmlString();
	}

	/**
	 * How the attendance was recorded, in words an export's reader understands without the code's constants.
	 */
	private String _source(int source) {
		if (source == AttendanceConstants.SOURCE_CHECK_IN) {
			return "self check-in";
		}

		return "marked by an instructor or coordinator";
	}

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private SessionDateLocalService _sessionDateLocalService;

}
