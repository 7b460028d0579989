/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.exporter;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
		StringBundler sb = new StringBundler(32);

		sb.append("<model><model-name>");
		sb.append(Attendance.class.getName());
		sb.append("</model-name>");

		_appendColumn(
			sb, "registrationId",
			String.valueOf(attendance.getRegistrationId()));

		SessionDate sessionDate = _sessionDateLocalService.fetchSessionDate(
			attendance.getSessionDateId());

		if (sessionDate != null) {
			_appendColumn(
				sb, "sessionDateStartDate",
				_format(sessionDate.getStartDate()));
			_appendColumn(
				sb, "sessionDateEndDate", _format(sessionDate.getEndDate()));
		}

		_appendColumn(sb, "present", String.valueOf(attendance.isPresent()));
		_appendColumn(sb, "source", _source(attendance.getSource()));
		_appendColumn(sb, "userName", attendance.getUserName());
		_appendColumn(sb, "modifiedDate", _format(attendance.getModifiedDate()));

		sb.append("</model>");

		return sb.toString();
	}

	private void _appendColumn(StringBundler sb, String name, String value) {
		sb.append("<column><column-name>");
		sb.append(name);
		sb.append("</column-name><column-value><![CDATA[");
		sb.append(value);
		sb.append("]]></column-value></column>");
	}

	private String _format(Date date) {
		if (date == null) {
			return "";
		}

		return date.toInstant(
		).toString();
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
