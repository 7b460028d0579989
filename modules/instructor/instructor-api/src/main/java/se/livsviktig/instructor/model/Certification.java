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
 * The extended model interface for the Certification service. Represents a row in the &quot;LVInstructor_Certification&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see CertificationModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.instructor.model.impl.CertificationImpl"
)
@ProviderType
public interface Certification extends CertificationModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.instructor.model.impl.CertificationImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<Certification, Long>
		CERTIFICATION_ID_ACCESSOR = new Accessor<Certification, Long>() {

			@Override
			public Long get(Certification certification) {
				return certification.getCertificationId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<Certification> getTypeClass() {
				return Certification.class;
			}

		};

}