/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.text;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;

/**
 * A network role, a meeting answer and an attendance as the word a person reads in an export, and as the language
 * key the erasure screen shows it with ({@code network-role-coordinator}, {@code meeting-answer-coming}...), so
 * neither shows the code's numbers.
 *
 * @author Livsviktig
 */
public final class NetworkWords {

	public static String answer(int answer) {
		if (answer == MeetingParticipantConstants.ANSWER_COMING) {
			return "coming";
		}

		if (answer == MeetingParticipantConstants.ANSWER_NOT_COMING) {
			return "not-coming";
		}

		if (answer == MeetingParticipantConstants.ANSWER_NONE) {
			return "none";
		}

		return _UNKNOWN;
	}

	public static String answerKey(int answer) {
		return "meeting-answer-" + answer(answer);
	}

	public static String attendance(int attendance) {
		if (attendance == MeetingParticipantConstants.ATTENDANCE_PRESENT) {
			return "present";
		}

		if (attendance == MeetingParticipantConstants.ATTENDANCE_ABSENT) {
			return "absent";
		}

		if (attendance == MeetingParticipantConstants.ATTENDANCE_UNMARKED) {
			return "unmarked";
		}

		return _UNKNOWN;
	}

	public static String attendanceKey(int attendance) {
		return "meeting-attendance-" + attendance(attendance);
	}

	public static String role(int role) {
		if (role == NetworkConstants.ROLE_COORDINATOR) {
			return "coordinator";
		}

		if (role == NetworkConstants.ROLE_MEMBER) {
			return "member";
		}

		return _UNKNOWN;
	}

	public static String roleKey(int role) {
		return "network-role-" + role(role);
	}

	private NetworkWords() {
	}

	private static final String _UNKNOWN = "unknown";

}
