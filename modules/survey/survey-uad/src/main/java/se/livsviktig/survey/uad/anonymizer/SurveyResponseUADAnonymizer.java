/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.model.SurveyResponse;

/**
 * A non-anonymous response loses its person and becomes what an anonymous survey's response is from the start: user
 * 0, its grouping (method, session, organisation, month) and answers kept for the results. Not the portal's
 * anonymous user: a response with a user reads as "someone answered under a name". Deleting does the same, since
 * the answers belong to the survey's results, not to the person once the person is gone from them.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class SurveyResponseUADAnonymizer
	extends BaseSurveyResponseUADAnonymizer {

	@Override
	public void autoAnonymize(
			SurveyResponse surveyResponse, long userId, User anonymousUser)
		throws PortalException {

		if (surveyResponse.getUserId() == userId) {
			delete(surveyResponse);
		}
	}

	@Override
	public void delete(SurveyResponse surveyResponse) throws PortalException {
		surveyResponse.setUserId(0);

		surveyResponseLocalService.updateSurveyResponse(surveyResponse);
	}

}
