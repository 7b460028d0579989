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
 * The extended model interface for the SessionDate service. Represents a row in the &quot;LVTraining_SessionDate&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see SessionDateModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.training.model.impl.SessionDateImpl")
@ProviderType
public interface SessionDate extends PersistedModel, SessionDateModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.training.model.impl.SessionDateImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SessionDate, Long> SESSION_DATE_ID_ACCESSOR =
		new Accessor<SessionDate, Long>() {

			@Override
			public Long get(SessionDate sessionDate) {
				return sessionDate.getSessionDateId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<SessionDate> getTypeClass() {
				return SessionDate.class;
			}

		};

}