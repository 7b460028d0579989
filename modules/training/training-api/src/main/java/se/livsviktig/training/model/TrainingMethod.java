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
 * The extended model interface for the TrainingMethod service. Represents a row in the &quot;LVTraining_TrainingMethod&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see TrainingMethodModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.training.model.impl.TrainingMethodImpl")
@ProviderType
public interface TrainingMethod extends PersistedModel, TrainingMethodModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.training.model.impl.TrainingMethodImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<TrainingMethod, Long>
		TRAINING_METHOD_ID_ACCESSOR = new Accessor<TrainingMethod, Long>() {

			@Override
			public Long get(TrainingMethod trainingMethod) {
				return trainingMethod.getTrainingMethodId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<TrainingMethod> getTypeClass() {
				return TrainingMethod.class;
			}

		};

}