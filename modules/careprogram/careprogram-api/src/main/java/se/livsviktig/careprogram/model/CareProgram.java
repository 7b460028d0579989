/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the CareProgram service. Represents a row in the &quot;LVCareProgram_CareProgram&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see CareProgramModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.careprogram.model.impl.CareProgramImpl")
@ProviderType
public interface CareProgram extends CareProgramModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.CareProgramImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CareProgram, Long> CARE_PROGRAM_ID_ACCESSOR =
		new Accessor<CareProgram, Long>() {

			@Override
			public Long get(CareProgram careProgram) {
				return careProgram.getCareProgramId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<CareProgram> getTypeClass() {
				return CareProgram.class;
			}

		};

}