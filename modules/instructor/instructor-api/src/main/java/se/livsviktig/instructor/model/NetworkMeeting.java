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
 * The extended model interface for the NetworkMeeting service. Represents a row in the &quot;LVInstructor_NetworkMeeting&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see NetworkMeetingModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.instructor.model.impl.NetworkMeetingImpl"
)
@ProviderType
public interface NetworkMeeting extends NetworkMeetingModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.instructor.model.impl.NetworkMeetingImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<NetworkMeeting, Long>
		NETWORK_MEETING_ID_ACCESSOR = new Accessor<NetworkMeeting, Long>() {

			@Override
			public Long get(NetworkMeeting networkMeeting) {
				return networkMeeting.getNetworkMeetingId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<NetworkMeeting> getTypeClass() {
				return NetworkMeeting.class;
			}

		};

	public boolean isCancelled();

}