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
 * The extended model interface for the LocalRoutine service. Represents a row in the &quot;LVCareProgram_LocalRoutine&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see LocalRoutineModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.careprogram.model.impl.LocalRoutineImpl"
)
@ProviderType
public interface LocalRoutine extends LocalRoutineModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.LocalRoutineImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<LocalRoutine, Long> LOCAL_ROUTINE_ID_ACCESSOR =
		new Accessor<LocalRoutine, Long>() {

			@Override
			public Long get(LocalRoutine localRoutine) {
				return localRoutine.getLocalRoutineId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<LocalRoutine> getTypeClass() {
				return LocalRoutine.class;
			}

		};

}