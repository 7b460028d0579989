/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the SessionAudience service. Represents a row in the &quot;LVTraining_SessionAudience&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see SessionAudienceModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.training.model.impl.SessionAudienceImpl"
)
@ProviderType
public interface SessionAudience extends PersistedModel, SessionAudienceModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.training.model.impl.SessionAudienceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SessionAudience, Long>
		SESSION_AUDIENCE_ID_ACCESSOR = new Accessor<SessionAudience, Long>() {

			@Override
			public Long get(SessionAudience sessionAudience) {
				return sessionAudience.getSessionAudienceId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<SessionAudience> getTypeClass() {
				return SessionAudience.class;
			}

		};

}