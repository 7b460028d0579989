package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;

import java.util.Date;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.MyTrainingDisplayContext;

/**
 * The user's own registrations and interests. Whether the cancellation deadline has passed is decided at the
 * time of the render, from the clock (replaceable in tests).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=/",
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_MY_TRAINING
	},
	service = MVCRenderCommand.class
)
public class ViewMyTrainingMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		renderRequest.setAttribute(
			TrainingWebKeys.MY_TRAINING_DISPLAY_CONTEXT,
			new MyTrainingDisplayContext(
				renderRequest, renderResponse,
				new MyTrainingDisplayContext.MyTrainingServices(
					_registrationService, _courseInterestService,
					_courseSessionLocalService, _courseLocalService,
					_trainingMethodLocalService, _userLocalService),
				Date.from(_clock.instant()),
				_PAGE_SIZE));

		return "/my_training/view.jsp";
	}

	void setClock(Clock clock) {
		_clock = clock;
	}

	/**
	 * Registrations a page: a year of a busy person's training fits on one.
	 */
	private static final int _PAGE_SIZE = 20;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseInterestService _courseInterestService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
