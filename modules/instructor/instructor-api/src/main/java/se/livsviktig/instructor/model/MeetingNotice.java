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
 * The extended model interface for the MeetingNotice service. Represents a row in the &quot;LVInstructor_MeetingNotice&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see MeetingNoticeModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.instructor.model.impl.MeetingNoticeImpl"
)
@ProviderType
public interface MeetingNotice extends MeetingNoticeModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.instructor.model.impl.MeetingNoticeImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<MeetingNotice, Long>
		MEETING_NOTICE_ID_ACCESSOR = new Accessor<MeetingNotice, Long>() {

			@Override
			public Long get(MeetingNotice meetingNotice) {
				return meetingNotice.getMeetingNoticeId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<MeetingNotice> getTypeClass() {
				return MeetingNotice.class;
			}

		};

}