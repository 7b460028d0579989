package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.OutputStream;

import java.time.ZoneId;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.display.context.UnitTrainingReader;
import se.livsviktig.training.web.internal.display.context.UnitTrainingRow;
import se.livsviktig.training.web.internal.export.UnitTrainingExport;

/**
 * A unit's training as a file: the same unit, method and rows as the page (UnitTrainingReader), all pages of
 * them. The remote service refuses a reader who may not see the unit; they get 403 Forbidden and no file, and
 * a unit that does not exist 404 (ExportRefusal).
 *
 * @author Livsviktig
 */
public abstract class BaseExportUnitTrainingMVCResourceCommand
	extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		Locale locale = themeDisplay.getLocale();
		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		UnitTrainingReader unitTrainingReader = new UnitTrainingReader(
			_registrationService, _trainingMethodService,
			themeDisplay.getCompanyGroupId(), locale, zoneId);

		long organizationId = ParamUtil.getLong(
			resourceRequest, "organizationId");

		Optional<List<UnitTrainingRow>> rowsOptional =
			ExportRefusal.readOrRefuse(
				resourceResponse,
				() -> unitTrainingReader.read(
					organizationId,
					ParamUtil.getLong(resourceRequest, "trainingMethodId")));

		if (!rowsOptional.isPresent()) {
			return;
		}

		List<UnitTrainingRow> rows = rowsOptional.get();

		UnitTrainingExport unitTrainingExport = new UnitTrainingExport(
			LanguageUtil.get(locale, "my-units-training"), rows,
			key -> LanguageUtil.get(locale, key), zoneId);

		resourceResponse.setContentType(getContentType());
		resourceResponse.setProperty(
			"Content-Disposition",
			"attachment; filename=\"" + getFileName(organizationId) + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			write(unitTrainingExport, outputStream);
		}
	}

	protected abstract String getContentType();

	protected abstract String getFileName(long organizationId);

	protected abstract void write(
			UnitTrainingExport unitTrainingExport, OutputStream outputStream)
		throws IOException;

	// Protected, not private: SCR injects a superclass's field only when the subclass may access it

	@Reference
	protected RegistrationService _registrationService;

	@Reference
	protected TrainingMethodService _trainingMethodService;

}
