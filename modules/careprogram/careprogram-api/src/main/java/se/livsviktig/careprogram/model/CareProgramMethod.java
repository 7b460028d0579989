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
 * The extended model interface for the CareProgramMethod service. Represents a row in the &quot;LVCareProgram_ProgramMethod&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see CareProgramMethodModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.careprogram.model.impl.CareProgramMethodImpl"
)
@ProviderType
public interface CareProgramMethod
	extends CareProgramMethodModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.CareProgramMethodImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CareProgramMethod, Long>
		CARE_PROGRAM_METHOD_ID_ACCESSOR =
			new Accessor<CareProgramMethod, Long>() {

				@Override
				public Long get(CareProgramMethod careProgramMethod) {
					return careProgramMethod.getCareProgramMethodId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<CareProgramMethod> getTypeClass() {
					return CareProgramMethod.class;
				}

			};

}