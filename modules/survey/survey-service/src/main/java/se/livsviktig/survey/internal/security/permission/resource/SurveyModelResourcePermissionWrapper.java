package se.livsviktig.survey.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * A survey's VIEW, UPDATE, DELETE and PERMISSIONS: the survey's own resource permissions, and anyone who may manage
 * the site's surveys (the root resource's MANAGE_SURVEYS) may do all of them ({@link SurveyManagerPermissionLogic}).
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.Survey",
	service = ModelResourcePermission.class
)
public class SurveyModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<Survey> {

	@Override
	protected ModelResourcePermission<Survey> doGetModelResourcePermission() {
		return ModelResourcePermissionFactory.create(
			Survey.class, Survey::getSurveyId,
			_surveyLocalService::getSurvey, _portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new SurveyManagerPermissionLogic<>(
					_portletResourcePermission)));
	}

	@Reference(
		target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SurveyLocalService _surveyLocalService;

}
