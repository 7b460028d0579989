package se.livsviktig.survey.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchLocalService;

/**
 * A dispatch's VIEW, UPDATE, DELETE and PERMISSIONS: the dispatch's own resource permissions, and anyone who may manage
 * the site's surveys (the root resource's MANAGE_SURVEYS) may do all of them ({@link SurveyManagerPermissionLogic}).
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyDispatch",
	service = ModelResourcePermission.class
)
public class SurveyDispatchModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<SurveyDispatch> {

	@Override
	protected ModelResourcePermission<SurveyDispatch>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			SurveyDispatch.class, SurveyDispatch::getSurveyDispatchId,
			_surveyDispatchLocalService::getSurveyDispatch,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new SurveyManagerPermissionLogic<>(
					_portletResourcePermission)));
	}

	@Reference(
		target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private SurveyDispatchLocalService _surveyDispatchLocalService;

}
