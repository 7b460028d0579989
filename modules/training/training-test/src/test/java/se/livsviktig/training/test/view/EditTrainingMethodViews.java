package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.Portal;

import java.util.LinkedHashSet;
import java.util.List;

import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.portlet.action.EditTrainingMethodMVCRenderCommand;

/**
 * The real EditTrainingMethodMVCRenderCommand with doubles for what OSGi would inject: the site speaks Swedish
 * by default and English too.
 *
 * @author Livsviktig
 */
final class EditTrainingMethodViews {

	public static EditTrainingMethodMVCRenderCommand renderCommand(
			TrainingMethodService trainingMethodService,
			PortletResourcePermission portletResourcePermission)
		throws PortalException {

		Language language = mock(Language.class);

		when(
			language.getAvailableLocales(anyLong())
		).thenReturn(
			new LinkedHashSet<>(
				List.of(TrainingViews.SWEDISH, TrainingViews.ENGLISH))
		);

		Portal portal = mock(Portal.class);

		when(
			portal.getSiteDefaultLocale(anyLong())
		).thenReturn(
			TrainingViews.SWEDISH
		);

		EditTrainingMethodMVCRenderCommand renderCommand =
			new EditTrainingMethodMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_language", language);
		TrainingViews.inject(renderCommand, "_portal", portal);
		TrainingViews.inject(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		TrainingViews.inject(
			renderCommand, "_trainingMethodService", trainingMethodService);

		return renderCommand;
	}

	private EditTrainingMethodViews() {
	}

}
