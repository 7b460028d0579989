/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyInvitation;

/**
 * An erased person's invitations keep their row for the anonymous user: the row is the invitation job's record that
 * the registration was invited (its unique dispatch and registration key), so deleting it would make the next run
 * invite the registration again. An invitation not yet answered is closed as opted out, so nothing more is sent
 * for it and its links stop working.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class SurveyInvitationUADAnonymizer
	extends BaseSurveyInvitationUADAnonymizer {

	@Override
	public void autoAnonymize(
			SurveyInvitation surveyInvitation, long userId, User anonymousUser)
		throws PortalException {

		if (surveyInvitation.getUserId() == userId) {
			_close(surveyInvitation, anonymousUser.getUserId());
		}
	}

	/**
	 * Keeps the row without anyone on it (see the class comment): user 0, as nobody.
	 */
	@Override
	public void delete(SurveyInvitation surveyInvitation)
		throws PortalException {

		_close(surveyInvitation, 0);
	}

	private void _close(SurveyInvitation surveyInvitation, long userId) {
		surveyInvitation.setUserId(userId);

		if ((surveyInvitation.getStatus() ==
				SurveyInvitationConstants.STATUS_PENDING) ||
			(surveyInvitation.getStatus() ==
				SurveyInvitationConstants.STATUS_SENT)) {

			surveyInvitation.setStatus(
				SurveyInvitationConstants.STATUS_OPTED_OUT);
		}

		surveyInvitationLocalService.updateSurveyInvitation(surveyInvitation);
	}

}
