package se.livsviktig.survey.internal.seed;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * Gives every company the default surveys (a course evaluation and the MHFA follow-up) in its guest site, once: a
 * new company when it is created, existing companies when this bundle is first deployed. Each survey's uuid is
 * fixed per company, so a second start, or a second node starting the company at the same moment, creates nothing
 * more: the node that loses the race has its transaction refused by the unique (uuid_, groupId) index, and the
 * surveys are there all the same. Afterwards the surveys are the coordinators' to edit, archive or delete.
 *
 * @author Livsviktig
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class DefaultSurveysPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		Group group = _groupLocalService.fetchGroup(
			company.getCompanyId(), GroupConstants.GUEST);

		if (group == null) {
			return;
		}

		long userId = _userLocalService.getGuestUserId(company.getCompanyId());

		try {
			List<Survey> surveys = _surveyLocalService.addDefaultSurveys(
				userId, group.getGroupId());

			if (_log.isInfoEnabled() && !surveys.isEmpty()) {
				_log.info(
					"Added " + surveys.size() + " default surveys to company " +
						company.getCompanyId());
			}
		}
		catch (Exception exception) {
			if (_surveyLocalService.hasDefaultSurveys(
					company.getCompanyId(), group.getGroupId())) {

				// Another node added them while this one tried

				return;
			}

			throw exception;
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		DefaultSurveysPortalInstanceLifecycleListener.class);

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private SurveyLocalService _surveyLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
