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
 * The extended model interface for the InstructorNotice service. Represents a row in the &quot;LVInstructor_InstructorNotice&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see InstructorNoticeModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.instructor.model.impl.InstructorNoticeImpl"
)
@ProviderType
public interface InstructorNotice
	extends InstructorNoticeModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.instructor.model.impl.InstructorNoticeImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<InstructorNotice, Long>
		INSTRUCTOR_NOTICE_ID_ACCESSOR = new Accessor<InstructorNotice, Long>() {

			@Override
			public Long get(InstructorNotice instructorNotice) {
				return instructorNotice.getInstructorNoticeId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<InstructorNotice> getTypeClass() {
				return InstructorNotice.class;
			}

		};

}