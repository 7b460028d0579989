/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the MeetingParticipant service. Represents a row in the &quot;LVInstructor_MeetingInvitee&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see MeetingParticipantModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.instructor.model.impl.MeetingParticipantImpl"
)
@ProviderType
public interface MeetingParticipant
	extends MeetingParticipantModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.instructor.model.impl.MeetingParticipantImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<MeetingParticipant, Long>
		MEETING_PARTICIPANT_ID_ACCESSOR =
			new Accessor<MeetingParticipant, Long>() {

				@Override
				public Long get(MeetingParticipant meetingParticipant) {
					return meetingParticipant.getMeetingParticipantId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<MeetingParticipant> getTypeClass() {
					return MeetingParticipant.class;
				}

			};

}