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
 * The extended model interface for the CourseSession service. Represents a row in the &quot;LVTraining_CourseSession&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see CourseSessionModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.training.model.impl.CourseSessionImpl")
@ProviderType
public interface CourseSession extends CourseSessionModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.training.model.impl.CourseSessionImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CourseSession, Long>
		COURSE_SESSION_ID_ACCESSOR = new Accessor<CourseSession, Long>() {

			@Override
			public Long get(CourseSession courseSession) {
				return courseSession.getCourseSessionId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<CourseSession> getTypeClass() {
				return CourseSession.class;
			}

		};

}