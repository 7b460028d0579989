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
 * The extended model interface for the SurveyQuestion service. Represents a row in the &quot;LVSurvey_SurveyQuestion&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see SurveyQuestionModel
 * @generated
 */
@ImplementationClassName("se.livsviktig.survey.model.impl.SurveyQuestionImpl")
@ProviderType
public interface SurveyQuestion extends PersistedModel, SurveyQuestionModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.survey.model.impl.SurveyQuestionImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<SurveyQuestion, Long>
		SURVEY_QUESTION_ID_ACCESSOR = new Accessor<SurveyQuestion, Long>() {

			@Override
			public Long get(SurveyQuestion surveyQuestion) {
				return surveyQuestion.getSurveyQuestionId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<SurveyQuestion> getTypeClass() {
				return SurveyQuestion.class;
			}

		};

}