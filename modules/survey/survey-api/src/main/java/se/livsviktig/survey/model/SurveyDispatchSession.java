/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the SurveyDispatchSession service. Represents a row in the &quot;LVSurvey_SurveyDispatchSession&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see SurveyDispatchSessionModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.survey.model.impl.SurveyDispatchSessionImpl"
)
@ProviderType
public interface SurveyDispatchSession
	extends PersistedModel, SurveyDispatchSessionModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SurveyDispatchSession, Long>
		SURVEY_DISPATCH_SESSION_ID_ACCESSOR =
			new Accessor<SurveyDispatchSession, Long>() {

				@Override
				public Long get(SurveyDispatchSession surveyDispatchSession) {
					return surveyDispatchSession.getSurveyDispatchSessionId();
				}

				@Override
				public Class<Long> getAttributeClass() {
					return Long.class;
				}

				@Override
				public Class<SurveyDispatchSession> getTypeClass() {
					return SurveyDispatchSession.class;
				}

			};

}