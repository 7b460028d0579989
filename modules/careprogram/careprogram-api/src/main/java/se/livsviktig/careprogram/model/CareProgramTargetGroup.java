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
 * The extended model interface for the CareProgramTargetGroup service. Represents a row in the &quot;LVCareProgram_TargetGroup&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see CareProgramTargetGroupModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.careprogram.model.impl.CareProgramTargetGroupImpl"
)
@ProviderType
public interface CareProgramTargetGroup
	extends CareProgramTargetGroupModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.CareProgramTargetGroupImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<CareProgramTargetGroup, Long>
		CARE_PROGRAM_TARGET_GROUP_ID_ACCESSOR =
			new Accessor<CareProgramTargetGroup, Long>() {

				@Override
				public Long get(CareProgramTargetGroup careProgramTargetGroup) {
					return careProgramTargetGroup.getCareProgramTargetGroupId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<CareProgramTargetGroup> getTypeClass() {
					return CareProgramTargetGroup.class;
				}

			};

}